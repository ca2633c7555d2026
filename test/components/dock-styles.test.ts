import { describe, expect, it } from 'vitest';
import { anchorHostStyles, dockStyles } from '../../components/dock-styles';
import { palette, styles } from '../../components/styles';

const rules = [...dockStyles.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
  selectors: (m[1] ?? '').split(',').map((s) => s.trim()),
  body: m[2] ?? '',
}));
const body = (selector: string) => rules.find((r) => r.selectors.includes(selector))?.body ?? '';
const indexOf = (selector: string) => rules.findIndex((r) => r.selectors.includes(selector));

describe('dockStyles (the extension’s injected UI only)', () => {
  it('scopes every selector under .sg-root or a scheme wrapper', () => {
    expect(rules.length).toBeGreaterThan(10);
    for (const { selectors } of rules)
      for (const selector of selectors) expect(selector).toMatch(/^\.sg-(root|scheme)\b/);
  });

  it('docks in a fixed corner over the page, below the guard’s dialog', () => {
    expect(body('.sg-root.sg-dock')).toMatch(/position: fixed/);
    expect(body('.sg-root.sg-dock')).toMatch(/z-index: 2147483000/);
    expect(styles + dockStyles).not.toMatch(/z-index: 2147483(00[2-9]|[1-9])/);
    for (const spot of ['bottom-end', 'top-end', 'bottom-start', 'top-start'])
      expect(body(`.sg-root.sg-dock--${spot}`)).toMatch(
        /inset-block-(start|end): 8px; inset-inline-(start|end): 8px/,
      );
  });

  it('lets clicks through where it paints nothing: the dock takes none, its launcher and sheet take theirs', () => {
    expect(body('.sg-root.sg-dock')).toMatch(/pointer-events: none/);
    const auto = indexOf('.sg-root .sg-launcher');
    expect(body('.sg-root .sg-launcher')).toMatch(/all: unset/);
    // After the launcher's all: unset, which would otherwise inherit the dock's none.
    const through = rules.findIndex(
      (r) => r.selectors.includes('.sg-root .sg-sheet') && /pointer-events: auto/.test(r.body),
    );
    expect(through).toBeGreaterThan(auto);
    expect(rules[through]?.selectors).toContain('.sg-root .sg-launcher');
  });

  it('the host page’s scheme beats the OS’s: both palettes, more specific than the media query', () => {
    expect(body('.sg-scheme--light .sg-root')).toContain(palette.light.bg);
    expect(body('.sg-scheme--light .sg-root')).toMatch(/color-scheme: light;/);
    expect(body('.sg-scheme--dark .sg-root')).toContain(palette.dark.bg);
    expect(body('.sg-scheme--dark .sg-root')).toMatch(/color-scheme: dark;/);
  });

  it('keeps the open panel inside the viewport and scrolls it there', () => {
    expect(body('.sg-root.sg-dock')).toMatch(/max-height: calc\(100vh - 16px\)/);
    expect(body('.sg-root .sg-sheet')).toMatch(/width: min\(400px, calc\(100vw - 16px\)\)/);
    expect(body('.sg-root .sg-sheet > .sg-panel')).toMatch(/min-height: 0/);
  });

  it('the launcher at an anchor sits in the line, whatever the page says about our host element', () => {
    expect(anchorHostStyles).toMatch(/:host \{ display: inline-block !important;/);
  });
});
