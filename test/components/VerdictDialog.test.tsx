import { afterEach, describe, expect, it, vi } from 'vitest';
import { VerdictDialog, type VerdictDialogProps } from '../../components/VerdictDialog';
import { builtInAdapters } from '../../lib/hosts';
import { formatDate, formatMoney, type Lang, t } from '../../lib/i18n';
import { check, type Verdict } from '../../lib/rules';
import { extensionWordsFor } from '../../lib/view/extension-words';
import { confirmVerdict, NOW, qics, qicsUsers, verdictsByReason } from '../lib/view/fixtures';
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
    ['warn', fixture('near-limit'), 'Near the limit', ['Cancel', 'Continue']],
    ['warn', fixture('adds-cost'), 'This raises the bill', ['Cancel', 'Confirm €9.00 more per month']],
    [
      'confirm',
      confirmVerdict(),
      'Confirm the purchase of 1 extra seat',
      ['Cancel', 'Confirm purchase of €473.70'],
    ],
    ['block', fixture('over-limit'), 'The limit is reached', ['Back to the form']],
    ['block', fixture('below-usage'), 'Below what is in use', ['Back to the form']],
  ] as const)('%s: title, reasons and buttons', (outcome, verdict, title, expected) => {
    const { dialog } = setup(verdict);
    expect(verdict.outcome).toBe(outcome);
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('part')).toBe('dialog');
    const heading = one(dialog, `#${CSS.escape(dialog.getAttribute('aria-labelledby') ?? '')}`);
    expect(text(heading)).toBe(title);
    const body = one(dialog, `#${CSS.escape(dialog.getAttribute('aria-describedby') ?? '')}`);
    expect(all(body, '.sg-reasons li')).toHaveLength(verdict.reasons.length);
    expect(text(body)).not.toMatch(/\{[^{}\s]+\}/);
    expect(buttons(dialog)).toEqual(expected);
  });

  it('warn: Continue continues, Cancel cancels', () => {
    const { dialog, onContinue, onCancel } = setup(fixture('near-limit'));
    expect(text(dialog)).toContain('Users: 20 of 25 after this change, near the limit.');
    flush(() => one(dialog, '.sg-btn--primary').click());
    expect(onContinue).toHaveBeenCalledTimes(1);
    flush(() => all(dialog, 'button')[0]?.click());
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('warn over the limit of a warn pool explains that extra seats are billed', () => {
    const { dialog } = setup({ ...fixture('over-limit'), outcome: 'warn' });
    expect(text(one(dialog, '.sg-title'))).toBe('Over the limit');
    expect(text(one(dialog, '.sg-raise'))).toBe(t('raise.warn', { unit: 'seats' }));
  });

  it.each([
    ['en', '473.70'],
    ['nl', '473,70'],
    ['de', '473,70'],
  ] as const)('confirm in %s shows %s due now, its dates, then the full price', (lang: Lang, amount) => {
    const { dialog, onContinue, onCancel } = setup(confirmVerdict(), { lang });
    const confirm = one(dialog, '.sg-btn--primary');
    expect(text(confirm)).toContain(amount);
    expect(text(confirm)).toBe(t('dialog.confirm-total', { amount: formatMoney(47370, 'EUR', lang) }, lang));
    const costs = text(one(dialog, '.sg-costs'));
    expect(costs).toContain(amount);
    expect(costs).toContain(formatDate('2026-10-01', lang));
    expect(costs).toContain(formatDate('2027-03-31', lang));
    expect(costs).toContain(formatMoney(95000, 'EUR', lang));
    expect(costs).not.toContain(`${formatMoney(47370, 'EUR', lang)} ${t('per.year', {}, lang)}`);
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

  it('a set-purchased raise shows what it adds to each invoice before it happens', () => {
    const raise = check(
      qics(),
      qicsUsers(20),
      { kind: 'set-purchased', pool: 'users', purchased: 26 },
      { now: NOW },
    );
    expect(raise.outcome).toBe('allow');
    const { dialog } = setup(raise);
    expect(text(one(dialog, '.sg-title'))).toBe('This raises the bill');
    expect(text(one(dialog, '.sg-costs'))).toBe(
      `Users: 2 seats × €15.00 = €30.00 more per month, from ${formatDate('2026-12-01', 'en')}`,
    );
    expect(buttons(dialog)).toEqual(['Cancel', 'Confirm €30.00 more per month']);
  });

  it('block: the reason, how to raise the limit, and only a way back', () => {
    const { dialog, onContinue, onCancel } = setup(fixture('over-limit'), {
      raise: { href: 'https://vendor.example/licence' },
    });
    expect(text(dialog)).toContain('Users: 26 of 25 after this change, over the limit.');
    expect(text(one(dialog, '.sg-raise'))).toContain(t('raise.block'));
    expect(one(dialog, '.sg-raise a').getAttribute('href')).toBe('https://vendor.example/licence');
    expect(dialog.querySelector('.sg-btn--primary')).toBeNull();
    flush(() => one(dialog, 'button').click());
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onContinue).not.toHaveBeenCalled();
  });

  it('allow says what the change frees, with Cancel and Continue', () => {
    const { dialog, onContinue } = setup(fixture('frees-seats'));
    expect(text(one(dialog, '.sg-title'))).toBe(t('title.frees'));
    expect(text(dialog)).toMatch(/frees \d+ seats?/);
    expect(buttons(dialog)).toEqual(['Cancel', 'Continue']);
    flush(() => one(dialog, '.sg-btn--primary').click());
    expect(onContinue).toHaveBeenCalledTimes(1);
  });
});

describe('VerdictDialog in the host vendor’s voice, with a next step', () => {
  const qicsHost = builtInAdapters.find((a) => a.id === 'sandbox-qics-demo');
  const holders = [
    {
      pool: 'users',
      count: 25,
      items: [
        { id: 'u23', name: 'Frank Timmermans' },
        { id: 'u20', name: 'Tessa van den Berg', email: 'tessa@example.org' },
        { id: 'u10' },
        { id: 'u11' },
        { id: 'u12' },
      ],
    },
  ];
  const link = (what: 'user' | 'team', id: string) => `https://host.example/t/q/admin/${what}s/${id}`;

  it('QicsMilestones in Dutch: its words, its way to raise, its way to free a user, and who holds one', () => {
    const { dialog } = setup(fixture('over-limit'), {
      lang: 'nl',
      labels: { users: 'Gebruikers' },
      words: extensionWordsFor(qicsHost),
      kinds: { users: 'logins' },
      holders,
      link,
    });
    expect(text(one(dialog, '.sg-title'))).toBe('De limiet is bereikt');
    expect(text(one(dialog, '.sg-reasons'))).toBe(
      'Gebruikers: 26 van 25 na deze wijziging, boven de limiet.',
    );
    expect(text(one(dialog, '.sg-raise'))).toContain('info@qics.nl');
    const ways = one(dialog, '.sg-ways-out');
    expect(text(one(ways, '.sg-subtitle'))).toBe('Of maak ruimte vrij');
    expect(text(ways)).toContain(
      'Ontkoppel de gebruiker van de medewerker en verwijder daarna de gebruiker.',
    );
    expect(text(one(ways, '.sg-holders'))).toBe(
      'Nu in Gebruikers, het langst niet actief eerst: Frank Timmermans, Tessa van den Berg, u10 en nog 22.',
    );
    const links = all(ways, 'a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://host.example/t/q/admin/users/u23',
      'https://host.example/t/q/admin/users/u20',
      'https://host.example/t/q/admin/users/u10',
    ]);
    // A new tab: the blocked form keeps what was typed.
    expect(links.every((a) => a.getAttribute('target') === '_blank')).toBe(true);
  });

  it('CitizenLab in Dutch: the purchase in its word, seat, never licentie beside it', () => {
    const host = builtInAdapters.find((a) => a.id === 'sandbox-citizenlab-demo');
    const { dialog } = setup(confirmVerdict(), {
      lang: 'nl',
      words: extensionWordsFor(host),
      kinds: { admins: 'role' },
      holders: [{ pool: 'admins', count: 2, items: [{ id: 'a1', name: 'Joost van der Linden' }] }],
    });
    expect(text(one(dialog, '.sg-title'))).toBe('Aankoop van 1 extra seat bevestigen');
    expect(text(dialog)).not.toMatch(/licentie/);
    expect(text(one(dialog, '.sg-ways-out'))).toContain('Verwijder de beheerdersrechten van de gebruiker');
  });

  it('without a link template the names are plain text', () => {
    const { dialog } = setup(fixture('over-limit'), { kinds: { users: 'logins' }, holders });
    expect(all(one(dialog, '.sg-ways-out'), 'a')).toHaveLength(0);
    expect(text(one(dialog, '.sg-holders'))).toContain('Frank Timmermans');
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
