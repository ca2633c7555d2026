import { styles } from '../components/styles';

// The widget's own rules, on top of the components' stylesheet; same variables, so the same theming.
const widgetStyles = `
:host { display: block; }
:host([hidden]) { display: none; }
.sg-widget { display: grid; gap: 8px; }
.sg-root.sg-card { display: grid; gap: 8px; padding: 12px; border: 1px solid var(--sg-muted); border-radius: var(--sg-radius); }
.sg-root .sg-field { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; }
.sg-root .sg-input { width: 6em; padding: 3px 6px; }
.sg-root .sg-verdict { display: grid; gap: 4px; padding-inline-start: 8px; border-inline-start: 3px solid var(--sg-level); }
.sg-root .sg-verdict-title { margin: 0; color: var(--sg-level); font-weight: 600; }
.sg-root.sg-detail { margin: 0; color: var(--sg-over); font-family: ui-monospace, monospace; font-size: 0.85em; }
`;

let shared: CSSStyleSheet | undefined;

/** One constructed stylesheet for every element: adoptedStyleSheets is not subject to style-src. */
export function sheet(): CSSStyleSheet {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(styles + widgetStyles);
  }
  return shared;
}
