import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SeatPanel, styles, VerdictDialog } from '../../components';
import { palette } from '../../components/styles';
import type { Lang } from '../../lib/i18n';
import { confirmVerdict, NOW_MS, qicsReport, USERS_AT, viewOf } from '../lib/view/fixtures';
import { all, mount, unmountAll } from './mount';

afterEach(unmountAll);

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channels = [n >> 16, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (channels[0] ?? 0) + 0.7152 * (channels[1] ?? 0) + 0.0722 * (channels[2] ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const rules = [...styles.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
  selectors: (m[1] ?? '').split(',').map((s) => s.trim()),
  body: m[2] ?? '',
}));

describe('styles', () => {
  it('scopes every selector under .sg-root', () => {
    expect(rules.length).toBeGreaterThan(30);
    for (const { selectors } of rules)
      for (const selector of selectors) expect(selector).toMatch(/^\.sg-root\b/);
  });

  it('resets what the host page passes down, at the root', () => {
    const root = rules.find((r) => r.selectors.includes('.sg-root') && r.body.includes('all: initial'));
    expect(root).toBeDefined();
  });

  it.each(['accent', 'bg', 'fg', 'ok', 'near', 'full', 'over', 'font', 'radius'])(
    'themes through --seatguard-%s with a default',
    (name) => {
      expect(styles).toMatch(new RegExp(`var\\(--seatguard-${name}, [^)]+`));
    },
  );

  it('has a dark scheme, and the panel as a card in the page flow (the extension docks it)', () => {
    expect(styles).toContain('@media (prefers-color-scheme: dark)');
    const panel = rules.find((r) => r.selectors.includes('.sg-root.sg-panel'))?.body ?? '';
    expect(panel).toMatch(/border: 1px solid/);
    expect(panel).toMatch(/overflow: auto/);
    expect(panel).not.toMatch(/position: fixed/);
    expect(rules.find((r) => r.selectors.includes('.sg-root.sg-panel--compact'))?.body).toContain('13px');
  });

  describe.each(['light', 'dark'] as const)('%s scheme meets WCAG AA', (scheme) => {
    const c = palette[scheme];
    it.each(['fg', 'muted', 'accent', 'ok', 'near', 'full', 'over'] as const)(
      '%s text on the background ≥ 4.5',
      (k) => {
        expect(contrast(c[k], c.bg)).toBeGreaterThanOrEqual(4.5);
      },
    );
    it('note text on its tinted background ≥ 4.5', () => {
      expect(contrast(c.fg, c.track)).toBeGreaterThanOrEqual(4.5);
    });
    it('primary button text on the accent ≥ 4.5', () => {
      expect(contrast(c.bg, c.accent)).toBeGreaterThanOrEqual(4.5);
    });
    it.each(['ok', 'near', 'full', 'over'] as const)('%s meter fill on its track ≥ 3', (k) => {
      expect(contrast(c[k], c.track)).toBeGreaterThanOrEqual(3);
    });
  });

  it('exposes panel, pool, meter, level, button and dialog as parts', () => {
    const view = signal(viewOf(qicsReport(USERS_AT.full)));
    const root = mount(
      <SeatPanel view={view} lang={signal<Lang>('en')} now={signal(NOW_MS)} onRefresh={vi.fn()} />,
    );
    mount(
      <VerdictDialog
        verdict={confirmVerdict()}
        labels={{}}
        lang="en"
        onContinue={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    const parts = new Set(
      all(document.body, '[part]').flatMap((el) => (el.getAttribute('part') ?? '').split(' ')),
    );
    for (const part of ['panel', 'pool', 'meter', 'level', 'button', 'dialog']) expect(parts).toContain(part);
    expect(root.querySelector('.sg-root')).not.toBeNull();
  });
});
