import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SeatPanel, type SeatPanelProps } from '../../components/SeatPanel';
import { type Lang, t } from '../../lib/i18n';
import type { Report } from '../../lib/rules';
import { extensionWords } from '../../lib/view/extension-words';
import type { SeatView } from '../../lib/view/schema';
import { errorText } from '../../lib/view/text';
import { NOW_MS, qics, qicsReport, USERS_AT, viewOf } from '../lib/view/fixtures';
import { all, flush, mount, one, text, unmountAll } from './mount';

afterEach(unmountAll);

const timeout = { code: 'timeout', message: 'The Seat API did not answer in time (GET …).' };

function setup(view: SeatView, props: Partial<SeatPanelProps> = {}) {
  const state = { view: signal(view), lang: signal<Lang>('en'), now: signal(NOW_MS) };
  const onRefresh = vi.fn();
  const root = mount(<SeatPanel {...state} onRefresh={onRefresh} {...props} />);
  return { root, onRefresh, ...state };
}

const refresh = (root: HTMLElement) => root.querySelector<HTMLButtonElement>('.sg-btn');
const meters = (root: HTMLElement) => all(root, '[role="meter"]');
const toggle = (root: HTMLElement) => one(root, '.sg-toggle');

describe('SeatPanel states', () => {
  const report = qicsReport(USERS_AT.full);

  it.each([
    ['loading', viewOf(undefined, { status: 'loading' }), t('panel.loading'), 0, true],
    ['loading with the last report', viewOf(report, { status: 'loading' }), t('panel.loading'), 1, true],
    ['ready', viewOf(report), null, 1, false],
    [
      'error with a stale report',
      viewOf(report, { status: 'error', error: timeout }),
      errorText('timeout', 'en'),
      1,
      false,
    ],
    [
      'error without a report',
      viewOf(undefined, { status: 'error', error: timeout }),
      errorText('timeout', 'en'),
      0,
      false,
    ],
    ['an error without a code', viewOf(undefined, { status: 'error' }), errorText('unknown', 'en'), 0, false],
  ] as const)('%s', (_, view, message, meterCount, disabled) => {
    const { root } = setup(view);
    expect(root.querySelector('.sg-message')?.textContent ?? null).toBe(message);
    expect(meters(root)).toHaveLength(meterCount);
    expect(refresh(root)?.disabled).toBe(disabled);
    expect(one(root, 'section').getAttribute('aria-busy')).toBe(String(view.status === 'loading'));
  });

  it('ready: title, overall level, age and no stale marker', () => {
    const { root } = setup(viewOf(report));
    const section = one(root, 'section');
    expect(section.getAttribute('aria-label')).toBe('Seats – Bureau Jansen');
    expect(section.getAttribute('part')).toBe('panel');
    expect(text(one(root, '.sg-head .sg-level'))).toBe('Full');
    expect(text(one(root, '.sg-age'))).toBe('updated 2 minutes ago');
    expect(root.querySelector('.sg-stale')).toBeNull();
  });

  it('error with a report marks the data stale but keeps it and its age', () => {
    const { root } = setup(viewOf(report, { status: 'error', error: timeout }));
    expect(text(one(root, '.sg-stale'))).toBe('Out of date');
    expect(text(one(root, '.sg-age'))).toBe('updated 2 minutes ago');
    expect(text(one(root, '.sg-message'))).toBe('The Seat API did not answer in time. Refresh to try again.');
  });

  it('unconfigured tells the admin to open the options, with nothing to refresh', () => {
    const { root } = setup(viewOf(undefined, { status: 'unconfigured' }), { words: extensionWords });
    expect(text(one(root, '.sg-message'))).toContain("Open seatguard's options");
    expect(refresh(root)).toBeNull();
    expect(meters(root)).toHaveLength(0);
  });

  it.each([
    [undefined, 'Seats – Bureau Jansen'],
    ['Bureau Jansen, second copy', 'Bureau Jansen, second copy'],
  ])('label %j names the region %j, and the title stays', (label, name) => {
    const { root } = setup(viewOf(report), label ? { label } : {});
    expect(one(root, 'section').getAttribute('aria-label')).toBe(name);
    expect(text(one(root, '.sg-title'))).toBe('Seats – Bureau Jansen');
  });

  it('falls back to the tenant id without a name', () => {
    const { root } = setup(viewOf(report, { name: undefined }));
    expect(one(root, 'section').getAttribute('aria-label')).toBe('Seats – qics-demo');
  });
});

describe('SeatPanel behaviour', () => {
  const report = qicsReport(USERS_AT.full);

  it('the age follows the now signal', () => {
    const { root, now } = setup(viewOf(report));
    flush(() => {
      now.value = NOW_MS + 60_000;
    });
    expect(text(one(root, '.sg-age'))).toBe('updated 3 minutes ago');
    flush(() => {
      now.value = NOW_MS + 2 * 3_600_000;
    });
    expect(text(one(root, '.sg-age'))).toBe('updated 2 hours ago');
  });

  it('says "just now" under a minute, never "0 seconds ago"', () => {
    const { root, now } = setup(viewOf(report, { fetchedAt: NOW_MS }));
    expect(text(one(root, '.sg-age'))).toBe('updated just now');
    flush(() => {
      now.value = NOW_MS + 59_000;
    });
    expect(text(one(root, '.sg-age'))).toBe('updated just now');
  });

  it('Refresh calls onRefresh', () => {
    const { root, onRefresh } = setup(viewOf(report));
    flush(() => refresh(root)?.click());
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });

  it('a disabled Refresh while loading does not call onRefresh', () => {
    const { root, onRefresh } = setup(viewOf(report, { status: 'loading' }));
    flush(() => refresh(root)?.click());
    expect(onRefresh).not.toHaveBeenCalled();
  });

  it('without onRefresh there is no Refresh button', () => {
    const root = mount(
      <SeatPanel view={signal(viewOf(report))} lang={signal<Lang>('en')} now={signal(NOW_MS)} />,
    );
    expect(refresh(root)).toBeNull();
  });

  it('collapses to title, level and used/limit, and expands again', () => {
    const { root } = setup(viewOf(report));
    expect(toggle(root).getAttribute('aria-expanded')).toBe('true');
    expect(toggle(root).getAttribute('aria-controls')).toBe(one(root, '.sg-body').id);
    flush(() => toggle(root).click());
    expect(toggle(root).getAttribute('aria-expanded')).toBe('false');
    expect(meters(root)).toHaveLength(0);
    expect(root.querySelector('.sg-body')).toBeNull();
    expect(text(one(root, '.sg-summary'))).toBe('Users 25/25');
    expect(text(one(root, '.sg-head .sg-level'))).toBe('Full');
    flush(() => toggle(root).click());
    expect(toggle(root).getAttribute('aria-expanded')).toBe('true');
    expect(meters(root)).toHaveLength(1);
  });

  it('a caller-owned collapsed signal starts it folded and sees the toggle', () => {
    const collapsed = signal(true);
    const { root } = setup(viewOf(report), { collapsed });
    expect(meters(root)).toHaveLength(0);
    flush(() => toggle(root).click());
    expect(collapsed.value).toBe(false);
    expect(meters(root)).toHaveLength(1);
  });

  it.each([
    [
      'guard-failed-open',
      'seatguard could not check this form (no current seat data), so it was submitted unchecked.',
    ],
    ['guard-failed-closed', t('note.guard-failed-closed')],
    ['guard-error', t('note.guard-error')],
  ] as const)('shows the %s note in the extension', (note, expected) => {
    const { root } = setup(viewOf(report, { note }), { words: extensionWords });
    expect(text(one(root, '.sg-note'))).toBe(expected);
  });

  it('has no note without the extension words (the widget has no guard)', () => {
    const { root } = setup(viewOf(report, { note: 'guard-error' }));
    expect(root.querySelector('.sg-note')).toBeNull();
    expect(meters(root)).toHaveLength(1);
  });

  // The extension's own errors point to its options page; the widget words them as its own codes.
  it.each([
    [
      'unauthorized',
      extensionWords,
      "The Seat API refused the token (401). Check the token in seatguard's options.",
    ],
    ['unauthorized', undefined, 'Seat data could not be loaded (unauthorized). Refresh to try again.'],
    ['timeout', extensionWords, errorText('timeout', 'en')],
    ['timeout', undefined, errorText('timeout', 'en')],
  ] as const)('words the %s error with %s', (code, words, expected) => {
    const view = viewOf(undefined, { status: 'error', error: { code, message: '' } });
    const { root } = setup(view, words ? { words } : {});
    expect(text(one(root, '.sg-message'))).toBe(expected);
    expect(text(one(root, '[aria-live]'))).toBe(expected);
  });

  it('switches language with the lang signal', () => {
    const { root, lang } = setup(viewOf(report));
    flush(() => {
      lang.value = 'nl';
    });
    expect(one(root, 'section').getAttribute('aria-label')).toBe('Licenties – Bureau Jansen');
    expect(one(root, 'section').getAttribute('lang')).toBe('nl');
    expect(text(one(root, '.sg-pool-usage'))).toBe('25 van 25 gebruikers (1 inbegrepen + 24 gekocht)');
    expect(text(one(root, '.sg-head .sg-level'))).toBe('Vol');
    expect(text(one(root, '.sg-age'))).toBe('bijgewerkt 2 minuten geleden');
    expect(text(refresh(root))).toBe('Vernieuwen');
  });

  it('announces level changes in a polite live region', () => {
    const { root, view } = setup(viewOf(qicsReport(USERS_AT.near)));
    const live = one(root, '[aria-live="polite"]');
    expect(text(live)).toBe('Seat level: Near the limit');
    flush(() => {
      view.value = viewOf(qicsReport(USERS_AT.over));
    });
    expect(text(live)).toBe('Seat level: Over the limit');
    expect(live.classList).toContain('sg-sr-only');
  });

  it('shows how to raise the limit of the worst pool, with a safe link', () => {
    const raise = { href: 'https://vendor.example/upgrade' };
    const { root } = setup(viewOf(report), { raise, words: extensionWords });
    expect(text(one(root, '.sg-raise'))).toContain(t('raise.block'));
    expect(one(root, '.sg-raise a').getAttribute('href')).toBe('https://vendor.example/upgrade');
    expect(one(root, '.sg-raise a').getAttribute('rel')).toBe('noopener noreferrer');
  });

  it.each([
    ['a javascript: link', viewOf(report), 'javascript:alert(1)', 1],
    ['an ok tenant', viewOf(qicsReport(USERS_AT.ok)), 'https://vendor.example', 0],
  ])('no raise link for %s', (_, view, href, hints) => {
    const { root } = setup(view, { raise: { href }, words: extensionWords });
    expect(root.querySelector('.sg-raise a')).toBeNull();
    expect(all(root, '.sg-raise')).toHaveLength(hints);
  });

  it('with the shared (widget) words, no raise hint: only the host adapter knows how a vendor raises', () => {
    const { root } = setup(viewOf(report), { raise: { href: 'https://vendor.example/upgrade' } });
    expect(all(root, '.sg-raise')).toHaveLength(0);
  });

  it('lists suggestions with their saving', () => {
    const { root } = setup(viewOf(qicsReport(USERS_AT.ok)));
    expect(text(one(root, '.sg-suggestions'))).toContain('15 purchased seats are not in use');
  });

  it('near the limit, it never offers to drop the free seats beside that level', () => {
    const { root } = setup(viewOf(qicsReport(USERS_AT.near)));
    expect(text(one(root, '.sg-level'))).toBe('Near the limit');
    expect(root.querySelector('.sg-suggestions')).toBeNull();
    expect(text(one(root, '.sg-pool-details'))).toContain('Room for 5 more seats');
  });

  it('compact: narrow variant without billing lines', () => {
    const { root } = setup(viewOf(report), { variant: 'compact' });
    expect(one(root, 'section').classList).toContain('sg-panel--compact');
    expect(root.querySelector('.sg-pool-details')).toBeNull();
  });

  it('renders hostile names and labels as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const hostile: Report = qicsReport(USERS_AT.full, qics({ label: evil }));
    const { root } = setup(viewOf(hostile, { name: evil }));
    expect(root.querySelector('img')).toBeNull();
    expect(text(one(root, '.sg-toggle'))).toContain(evil);
    expect(text(one(root, '.sg-pool-label'))).toBe(evil);
  });
});
