// Light and dark defaults; every pair is checked for WCAG AA contrast in test/components/styles.test.ts.
export const palette = {
  light: {
    bg: '#ffffff',
    fg: '#1f2328',
    muted: '#59636e',
    accent: '#0a58ca',
    track: '#e6eaef',
    ok: '#1a7f37',
    near: '#8a5a00',
    full: '#bc4c00',
    over: '#c4111f',
  },
  dark: {
    bg: '#16191d',
    fg: '#e6edf3',
    muted: '#9aa5b1',
    accent: '#6cb6ff',
    track: '#30363d',
    ok: '#3fb950',
    near: '#d4a72c',
    full: '#f0883e',
    over: '#ff7b72',
  },
} as const;

type Scheme = Readonly<Record<keyof (typeof palette)['light'], string>>;

/** Internal variables fed by the public `--seatguard-*` ones, with this scheme's defaults. */
export function variables(c: Scheme): string {
  return `--sg-bg: var(--seatguard-bg, ${c.bg});
  --sg-fg: var(--seatguard-fg, ${c.fg});
  --sg-muted: var(--seatguard-muted, ${c.muted});
  --sg-accent: var(--seatguard-accent, ${c.accent});
  --sg-track: var(--seatguard-track, ${c.track});
  --sg-ok: var(--seatguard-ok, ${c.ok});
  --sg-near: var(--seatguard-near, ${c.near});
  --sg-full: var(--seatguard-full, ${c.full});
  --sg-over: var(--seatguard-over, ${c.over});`;
}

/**
 * The components' stylesheet, for adoptedStyleSheets or a <style> in a shadow root. Every selector
 * sits under `.sg-root`; the root resets what the host page would otherwise pass down by inheritance.
 * The panel is in the page flow here; the extension docks it over the page (components/dock-styles.ts).
 */
export const styles = `
.sg-root {
  all: initial;
  ${variables(palette.light)}
  --sg-radius: var(--seatguard-radius, 10px);
  color-scheme: light dark;
  display: block;
  box-sizing: border-box;
  font-family: var(--seatguard-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: 14px;
  line-height: 1.45;
  color: var(--sg-fg);
  background: var(--sg-bg);
  text-align: start;
  overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) {
  .sg-root { ${variables(palette.dark)} }
}
.sg-root *, .sg-root *::before, .sg-root *::after { box-sizing: inherit; }
.sg-root [hidden] { display: none !important; }

.sg-root.sg-panel {
  position: relative;
  overflow: auto;
  overscroll-behavior: contain;
  border: 1px solid var(--sg-muted);
  border-radius: var(--sg-radius);
}
.sg-root.sg-panel--compact { font-size: 13px; }

.sg-root .sg-head {
  position: sticky;
  top: 0;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 8px;
  padding: 10px 12px;
  background: var(--sg-bg);
  border-block-end: 1px solid var(--sg-track);
}
.sg-root .sg-title { flex: 1 1 auto; margin: 0; font-size: 1.05em; font-weight: 600; }
.sg-root .sg-toggle {
  all: unset;
  display: inline-flex;
  align-items: center;
  gap: 6px;
  cursor: pointer;
  border-radius: 4px;
}
.sg-root .sg-chevron {
  width: 0.5em;
  height: 0.5em;
  border-inline-end: 2px solid currentColor;
  border-block-end: 2px solid currentColor;
  transform: rotate(45deg);
}
.sg-root .sg-toggle[aria-expanded="false"] .sg-chevron { transform: rotate(-45deg); }
.sg-root .sg-summary { flex-basis: 100%; margin: 0; color: var(--sg-muted); font-variant-numeric: tabular-nums; }
.sg-root .sg-body { display: grid; gap: 12px; padding: 12px; }

.sg-root .sg--ok { --sg-level: var(--sg-ok); }
.sg-root .sg--near { --sg-level: var(--sg-near); }
.sg-root .sg--full { --sg-level: var(--sg-full); }
.sg-root .sg--over { --sg-level: var(--sg-over); }
.sg-root .sg-level {
  display: inline-block;
  padding: 0 8px;
  border: 1px solid currentColor;
  border-radius: 999px;
  color: var(--sg-level);
  font-size: 0.85em;
  font-weight: 600;
  white-space: nowrap;
}

.sg-root .sg-status { display: grid; gap: 6px; }
.sg-root .sg-row { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; }
.sg-root .sg-age { color: var(--sg-muted); font-size: 0.9em; }
.sg-root .sg-stale { color: var(--sg-full); font-size: 0.9em; font-weight: 600; }
.sg-root .sg-message, .sg-root .sg-note, .sg-root .sg-raise { margin: 0; }
.sg-root .sg-message--error { color: var(--sg-over); }
.sg-root .sg-note { padding: 6px 8px; border-inline-start: 3px solid var(--sg-accent); background: var(--sg-track); }

.sg-root .sg-pools, .sg-root .sg-list { margin: 0; padding: 0; list-style: none; display: grid; gap: 10px; }
.sg-root .sg-list { gap: 6px; }
.sg-root .sg-pool { display: grid; gap: 4px; }
.sg-root .sg-pool-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.sg-root .sg-pool-label { font-weight: 600; }
.sg-root .sg-pool-usage, .sg-root .sg-pool-details { margin: 0; font-variant-numeric: tabular-nums; }
.sg-root .sg-pool-details { color: var(--sg-muted); font-size: 0.9em; }
.sg-root .sg-meter {
  height: 8px;
  overflow: hidden;
  border: 1px solid var(--sg-muted);
  border-radius: 999px;
  background: var(--sg-track);
}
.sg-root .sg-meter-fill { height: 100%; background: var(--sg-level); }
@media (prefers-reduced-motion: no-preference) {
  .sg-root .sg-meter-fill { transition: width 0.3s ease; }
}
.sg-root .sg-subtitle { margin: 0 0 4px; font-size: 1em; font-weight: 600; }
.sg-root .sg-link { color: var(--sg-accent); text-decoration: underline; cursor: pointer; }

.sg-root .sg-btn {
  all: unset;
  display: inline-block;
  padding: 5px 12px;
  border: 1px solid var(--sg-muted);
  border-radius: 6px;
  color: var(--sg-fg);
  background: var(--sg-bg);
  font-weight: 600;
  cursor: pointer;
}
.sg-root .sg-btn:hover { background: var(--sg-track); }
.sg-root .sg-btn:disabled { opacity: 0.6; cursor: default; }
.sg-root .sg-btn--primary { border-color: var(--sg-accent); color: var(--sg-bg); background: var(--sg-accent); }
.sg-root .sg-btn--primary:hover { background: var(--sg-accent); text-decoration: underline; }

.sg-root .sg-input, .sg-root .sg-select, .sg-root .sg-textarea {
  padding: 6px 8px;
  border: 1px solid var(--sg-muted);
  border-radius: 6px;
  color: var(--sg-fg);
  background: var(--sg-bg);
  font: inherit;
}

.sg-root .sg-sr-only {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}

/* Last, so that the buttons' all: unset cannot drop the focus ring. */
.sg-root :focus-visible { outline: 2px solid var(--sg-accent); outline-offset: 2px; }

@media (forced-colors: active) {
  .sg-root .sg-meter-fill { background: CanvasText; }
  .sg-root .sg-level { border-color: CanvasText; }
}
`;

/** The guard's dialogs: the extension's content script only, so the widget does not carry them. */
export const dialogStyles = `
.sg-root.sg-dialog:not([open]) { display: none; }
.sg-root.sg-dialog {
  position: fixed;
  inset: 0;
  z-index: 2147483001;
  margin: auto;
  width: min(480px, calc(100vw - 32px));
  height: fit-content;
  max-height: calc(100vh - 32px);
  overflow: auto;
  padding: 16px;
  border: 1px solid var(--sg-muted);
  border-radius: var(--sg-radius);
  box-shadow: 0 12px 32px rgb(0 0 0 / 0.3);
}
.sg-root.sg-dialog::backdrop { background: rgb(0 0 0 / 0.45); }
.sg-root .sg-dialog-body { display: grid; gap: 10px; margin: 10px 0 16px; }
.sg-root .sg-actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 8px; }
`;
