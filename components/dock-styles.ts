import { palette, variables } from './styles';

/**
 * The extension's injected UI only (the widget never loads it): the docked launcher, the panel it opens over
 * the page, the launcher at an adapter's anchor, and the host page's colour scheme winning over the OS's.
 * Every selector sits under `.sg-root` or a `.sg-scheme--*` wrapper.
 */
export const dockStyles = `
.sg-scheme { display: contents; }
.sg-scheme--light .sg-root { ${variables(palette.light)} color-scheme: light; }
.sg-scheme--dark .sg-root { ${variables(palette.dark)} color-scheme: dark; }

.sg-root.sg-dock {
  position: fixed;
  z-index: 2147483000;
  display: flex;
  flex-direction: column-reverse;
  align-items: flex-end;
  gap: 8px;
  max-width: calc(100vw - 16px);
  max-height: calc(100vh - 16px);
  background: transparent;
  pointer-events: none;
}

.sg-root.sg-dock--bottom-end { inset-block-end: 8px; inset-inline-end: 8px; }
.sg-root.sg-dock--bottom-start { inset-block-end: 8px; inset-inline-start: 8px; align-items: flex-start; }
.sg-root.sg-dock--top-end { inset-block-start: 8px; inset-inline-end: 8px; flex-direction: column; }
.sg-root.sg-dock--top-start { inset-block-start: 8px; inset-inline-start: 8px; flex-direction: column; align-items: flex-start; }

.sg-root .sg-sheet {
  display: grid;
  flex: 0 1 auto;
  min-height: 0;
  width: min(400px, calc(100vw - 16px));
  border-radius: var(--sg-radius);
  box-shadow: 0 8px 24px rgb(0 0 0 / 0.25);
}
.sg-root .sg-sheet > .sg-panel { grid-area: 1 / 1; min-height: 0; max-height: 100%; scrollbar-width: thin; }
.sg-root .sg-sheet .sg-head { padding-inline-end: 52px; }
.sg-root .sg-close {
  all: unset;
  grid-area: 1 / 1;
  z-index: 1;
  align-self: start;
  justify-self: end;
  display: grid;
  place-items: center;
  width: 28px;
  height: 28px;
  margin: 7px 14px 0;
  border-radius: 6px;
  color: var(--sg-fg);
  font-size: 20px;
  line-height: 1;
  cursor: pointer;
}
.sg-root .sg-close:hover { background: var(--sg-track); }

.sg-root .sg-launcher {
  all: unset;
  display: inline-flex;
  align-items: center;
  gap: 6px;
  max-width: min(360px, calc(100vw - 16px));
  padding: 3px 12px 3px 6px;
  border: 1px solid var(--sg-muted);
  border-radius: 999px;
  color: var(--sg-fg);
  background: var(--sg-bg);
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  font-size: 13px;
  line-height: 1.45;
  white-space: nowrap;
  cursor: pointer;
}
.sg-root .sg-launcher:hover { border-color: var(--sg-accent); box-shadow: 0 2px 10px rgb(0 0 0 / 0.3); }
/* After the launcher's all: unset, which would inherit the dock's none. */
.sg-root .sg-sheet, .sg-root .sg-launcher { pointer-events: auto; }
.sg-root .sg-launcher[aria-expanded="true"] { border-color: var(--sg-accent); }
.sg-root .sg-launcher .sg-level { font-size: 1em; }
.sg-root .sg-launcher-mark { flex: none; width: 16px; height: 16px; color: var(--sg-accent); }
.sg-root .sg-launcher-text { overflow: hidden; text-overflow: ellipsis; font-variant-numeric: tabular-nums; }
.sg-root .sg-launcher-alert { color: var(--sg-over); font-weight: 700; }
.sg-root .sg-launcher--compact { gap: 4px; padding: 5px 7px; }
.sg-root .sg-launcher--compact .sg-level, .sg-root .sg-launcher--compact .sg-launcher-text {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
.sg-root .sg-launcher-dot { width: 8px; height: 8px; border-radius: 50%; background: var(--sg-level); }

.sg-root.sg-anchor { display: flex; background: transparent; }
.sg-root.sg-anchor .sg-launcher { padding: 0 8px 0 4px; box-shadow: none; font-size: 12px; line-height: 16px; }
.sg-root.sg-anchor .sg-launcher .sg-level { line-height: 14px; }
.sg-root.sg-anchor .sg-launcher-mark { width: 14px; height: 14px; }
`;

/** The shadow host at an adapter's anchor: a box in the line, whatever the page's own styles say. */
export const anchorHostStyles = `
:host { display: inline-block !important; vertical-align: middle !important; }
`;
