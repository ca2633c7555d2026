import { afterEach, describe, expect, it, vi } from 'vitest';
import { VerdictDialog, type VerdictDialogProps } from '../../components/VerdictDialog';
import { formatDate, formatMoney, type Lang, t } from '../../lib/i18n';
import type { Verdict } from '../../lib/rules';
import { confirmVerdict, verdictsByReason } from '../lib/view/fixtures';
import { all, flush, mount, one, text, unmountAll } from './mount';

afterEach(unmountAll);

const verdicts = verdictsByReason();
const fixture = (code: string): Verdict => {
  const verdict = verdicts[code];
  if (!verdict) throw new Error(`no ${code} fixture`);
  return verdict;
};
const labels = { users: 'Users', admins: 'Admins', managers: 'Managers', teams: 'Teams' };

function setup(verdict: Verdict, props: Partial<VerdictDialogProps> = {}) {
  const onContinue = vi.fn();
  const onCancel = vi.fn();
  const root = mount(
    <VerdictDialog
      verdict={verdict}
      labels={labels}
      lang="en"
      onContinue={onContinue}
      onCancel={onCancel}
      {...props}
    />,
  );
  const dialog = root.querySelector('dialog');
  if (!dialog) throw new Error('no dialog');
  return { root, dialog, onContinue, onCancel };
}

const buttons = (dialog: HTMLElement) => all(dialog, 'button').map((b) => text(b));

describe('VerdictDialog kinds', () => {
  it.each([
    ['warn', fixture('near-limit'), ['Cancel', 'Continue']],
    ['warn', fixture('adds-cost'), ['Cancel', 'Continue']],
    ['confirm', confirmVerdict(), ['Cancel', `Confirm purchase of €473.70`]],
    ['block', fixture('over-limit'), ['Back to the form']],
    ['block', fixture('below-usage'), ['Back to the form']],
  ] as const)('%s: title, reasons and buttons', (outcome, verdict, expected) => {
    const { dialog } = setup(verdict);
    expect(verdict.outcome).toBe(outcome);
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('part')).toBe('dialog');
    const title = one(dialog, `#${CSS.escape(dialog.getAttribute('aria-labelledby') ?? '')}`);
    expect(text(title)).toBe(t(`outcome.${outcome}`));
    const body = one(dialog, `#${CSS.escape(dialog.getAttribute('aria-describedby') ?? '')}`);
    expect(all(body, '.sg-reasons li')).toHaveLength(verdict.reasons.length);
    expect(text(body)).not.toMatch(/\{[^{}\s]+\}/);
    expect(buttons(dialog)).toEqual(expected);
  });

  it('warn: Continue continues, Cancel cancels', () => {
    const { dialog, onContinue, onCancel } = setup(fixture('near-limit'));
    expect(text(dialog)).toContain('This would take Users to 20 of 25: close to the limit.');
    flush(() => one(dialog, '.sg-btn--primary').click());
    expect(onContinue).toHaveBeenCalledTimes(1);
    flush(() => all(dialog, 'button')[0]?.click());
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('warn over the limit of a warn pool explains that extra seats are billed', () => {
    const { dialog } = setup({ ...fixture('over-limit'), outcome: 'warn' });
    expect(text(one(dialog, '.sg-raise'))).toBe(t('raise.warn'));
  });

  it.each([
    ['en', '473.70'],
    ['nl', '473,70'],
    ['de', '473,70'],
  ] as const)('confirm in %s shows %s and the prorated dates', (lang: Lang, amount) => {
    const { dialog, onContinue, onCancel } = setup(confirmVerdict(), { lang });
    const confirm = one(dialog, '.sg-btn--primary');
    expect(text(confirm)).toContain(amount);
    expect(text(confirm)).toBe(t('dialog.confirm-total', { amount: formatMoney(47370, 'EUR', lang) }, lang));
    const costs = text(one(dialog, '.sg-costs'));
    expect(costs).toContain(amount);
    expect(costs).toContain(formatDate('2026-10-01', lang));
    expect(costs).toContain(formatDate('2027-03-31', lang));
    expect(costs).toContain(t('cost.prorated', {}, lang));
    expect(costs.startsWith('Admins:')).toBe(true);
    flush(() => confirm.click());
    expect(onContinue).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('confirm without a priced line still asks plainly', () => {
    const { dialog } = setup({ ...confirmVerdict(), costs: [] });
    expect(text(one(dialog, '.sg-btn--primary'))).toBe('Confirm purchase');
    expect(dialog.querySelector('.sg-costs')).toBeNull();
  });

  it('block: the reason, how to raise the limit, and only a way back', () => {
    const { dialog, onContinue, onCancel } = setup(fixture('over-limit'), {
      raise: { href: 'https://vendor.example/licence' },
    });
    expect(text(dialog)).toContain('This would take Users to 26 of 25: over the limit.');
    expect(text(one(dialog, '.sg-raise'))).toContain(t('raise.block'));
    expect(one(dialog, '.sg-raise a').getAttribute('href')).toBe('https://vendor.example/licence');
    expect(dialog.querySelector('.sg-btn--primary')).toBeNull();
    flush(() => one(dialog, 'button').click());
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onContinue).not.toHaveBeenCalled();
  });

  it('allow says what the change frees, with Cancel and Continue', () => {
    const { dialog, onContinue } = setup(fixture('frees-seats'));
    expect(text(one(dialog, '.sg-title'))).toBe(t('outcome.allow'));
    expect(text(dialog)).toMatch(/frees \d+ seats? in/);
    expect(buttons(dialog)).toEqual(['Cancel', 'Continue']);
    flush(() => one(dialog, '.sg-btn--primary').click());
    expect(onContinue).toHaveBeenCalledTimes(1);
  });
});

describe('VerdictDialog as a modal', () => {
  it.each([
    ['warn', fixture('near-limit'), 'Cancel'],
    ['confirm', confirmVerdict(), 'Cancel'],
    ['block', fixture('over-limit'), 'Back to the form'],
  ] as const)('%s focuses the safe button on open', (_, verdict, safe) => {
    setup(verdict);
    expect(text(document.activeElement)).toBe(safe);
  });

  it('Escape (the cancel event) cancels and keeps the dialog for the caller to remove', () => {
    const { dialog, onCancel, onContinue } = setup(fixture('near-limit'));
    const event = new Event('cancel', { cancelable: true });
    flush(() => dialog.dispatchEvent(event));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
    expect(onContinue).not.toHaveBeenCalled();
  });

  it('a close the browser forces counts as cancel; our own close on unmount does not', () => {
    const { dialog, onCancel } = setup(confirmVerdict());
    flush(() => dialog.dispatchEvent(new Event('close')));
    expect(onCancel).toHaveBeenCalledTimes(1);
    unmountAll();
    expect(dialog.open).toBe(false);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('opens without showModal', () => {
    const proto = HTMLDialogElement.prototype as { showModal?: unknown };
    const original = proto.showModal;
    proto.showModal = undefined;
    try {
      const { dialog } = setup(fixture('near-limit'));
      expect(dialog.open).toBe(true);
    } finally {
      proto.showModal = original;
    }
  });

  it('renders hostile labels as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { dialog } = setup(fixture('over-limit'), { labels: { users: evil } });
    expect(dialog.querySelector('img')).toBeNull();
    expect(text(dialog)).toContain(evil);
  });
});
