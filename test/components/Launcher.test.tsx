import { afterEach, describe, expect, it, vi } from 'vitest';
import { Launcher, type LauncherProps } from '../../components/Launcher';
import { type Lang, t } from '../../lib/i18n';
import { evaluate } from '../../lib/rules';
import { extensionWords } from '../../lib/view/extension-words';
import type { SeatView } from '../../lib/view/schema';
import { errorText } from '../../lib/view/text';
import { citizenlab, citizenlabUsers, NOW, qicsReport, USERS_AT, viewOf } from '../lib/view/fixtures';
import { flush, mount, one, text, unmountAll } from './mount';

afterEach(unmountAll);

function setup(view: SeatView, props: Partial<LauncherProps> = {}) {
  const onToggle = vi.fn();
  const root = mount(
    <Launcher
      view={view}
      lang="en"
      open={false}
      onToggle={onToggle}
      controls="sheet"
      problemId="problem"
      words={extensionWords}
      {...props}
    />,
  );
  return { root, onToggle, button: one(root, 'button') as HTMLButtonElement };
}

const timeout = { code: 'timeout', message: 'The Seat API did not answer in time (GET …).' };

describe('Launcher states', () => {
  it.each([
    ['ready at 25/25', viewOf(qicsReport(USERS_AT.full)), 'Full', 'Users 25/25', false],
    ['ready with room', viewOf(qicsReport(USERS_AT.ok)), 'OK', 'Users 10/25', false],
    ['loading, nothing yet', viewOf(undefined, { status: 'loading' }), null, 'Seats…', false],
    ['an error, nothing yet', viewOf(undefined, { status: 'error', error: timeout }), null, 'Seats', true],
    [
      'an error with the last numbers',
      viewOf(qicsReport(USERS_AT.near), { status: 'error', error: timeout }),
      t('level.near', {}, 'en'),
      'Users 20/25',
      true,
    ],
    ['not set up', viewOf(undefined, { status: 'unconfigured' }), null, 'Seats', true],
  ] as const)('%s', (_name, view, level, summary, problem) => {
    const { root, button } = setup(view);
    expect(root.querySelector('.sg-level')?.textContent ?? null).toBe(level);
    expect(text(root.querySelector('.sg-launcher-text'))).toBe(summary);
    expect(root.querySelector('.sg-launcher-alert') !== null).toBe(problem);
    expect(button.getAttribute('aria-describedby')).toBe(problem ? 'problem' : null);
    if (view.status === 'error')
      expect(text(root.querySelector('#problem'))).toBe(errorText('timeout', 'en'));
  });

  it('names every pool in order, after the panel’s title for screen readers', () => {
    const report = evaluate(citizenlab(), citizenlabUsers, { now: NOW });
    const { root, button } = setup(viewOf(report, { name: 'Gemeente Velden' }));
    expect(text(root.querySelector('.sg-launcher-text'))).toBe('Admins 2/2 · Managers 1/3');
    expect(text(button)).toMatch(/^Seats – Gemeente Velden/);
    expect(root.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it.each(['nl', 'sv', 'de', 'fr'] as const)('speaks %s', (lang: Lang) => {
    const { button, root } = setup(viewOf(undefined, { status: 'loading' }), { lang });
    expect(button.getAttribute('lang')).toBe(lang);
    expect(text(root.querySelector('.sg-launcher-text'))).toBe(`${t('launcher.seats', {}, lang)}…`);
  });
});

describe('Launcher behaviour', () => {
  it('is a disclosure button: aria-expanded follows open, aria-controls names the panel', () => {
    const closed = setup(viewOf(qicsReport(USERS_AT.full)));
    expect(closed.button.getAttribute('aria-expanded')).toBe('false');
    expect(closed.button.getAttribute('aria-controls')).toBe('sheet');
    unmountAll();
    const open = setup(viewOf(qicsReport(USERS_AT.full)), { open: true, controls: undefined });
    expect(open.button.getAttribute('aria-expanded')).toBe('true');
    expect(open.button.hasAttribute('aria-controls')).toBe(false);
  });

  it('a click toggles', () => {
    const { button, onToggle } = setup(viewOf(qicsReport(USERS_AT.full)));
    flush(() => button.click());
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('Escape closes an open panel and does nothing to a closed one', () => {
    const closed = setup(viewOf(qicsReport(USERS_AT.full)));
    flush(() => closed.button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(closed.onToggle).not.toHaveBeenCalled();
    unmountAll();
    const open = setup(viewOf(qicsReport(USERS_AT.full)), { open: true });
    flush(() => open.button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(open.onToggle).toHaveBeenCalledOnce();
  });

  it('compact: the mark and the level’s colour; the words stay its name and become its tooltip', () => {
    const { root, button } = setup(viewOf(qicsReport(USERS_AT.full)), { compact: true });
    expect(button.classList).toContain('sg-launcher--compact');
    expect(one(root, '.sg-launcher-dot').className).toBe('sg-launcher-dot sg--full');
    expect(button.title).toBe('Full · Users 25/25');
    expect(text(button)).toBe('Seats – Bureau JansenFullUsers 25/25');
    unmountAll();
    const full = setup(viewOf(qicsReport(USERS_AT.full)));
    expect(full.button.hasAttribute('title')).toBe(false);
    expect(full.root.querySelector('.sg-launcher-dot')).toBeNull();
  });

  it('renders hostile names as text', () => {
    const view = { ...viewOf(qicsReport(USERS_AT.full)), name: '<img src=x onerror=alert(1)>' };
    const { root } = setup(view);
    expect(root.querySelector('img')).toBeNull();
    expect(text(root)).toContain('<img src=x onerror=alert(1)>');
  });
});
