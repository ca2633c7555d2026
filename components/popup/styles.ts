// The popup's own layout on top of components/styles.ts (theme variables, panel, buttons); selectors sit
// under `.sg-root` like the panel's.
export const popupStyles = `
html, body { margin: 0; }
.sg-root.sg-popup { display: grid; gap: 12px; width: 400px; max-width: 100%; min-height: 120px; padding: 12px; }
.sg-root .sg-popup-title { margin: 0; font-size: 1.1em; }
.sg-root .sg-search { position: relative; display: grid; gap: 4px; }
.sg-root .sg-label { font-weight: 600; }
.sg-root .sg-hint { margin: 0; color: var(--sg-muted); font-size: 0.9em; }
.sg-root .sg-listbox {
  display: grid;
  gap: 2px;
  max-height: 260px;
  overflow: auto;
  margin: 0;
  padding: 4px;
  list-style: none;
  border: 1px solid var(--sg-muted);
  border-radius: 6px;
}
.sg-root .sg-option { display: grid; gap: 2px; padding: 6px 8px; border-radius: 4px; cursor: pointer; }
.sg-root .sg-option:hover { background: var(--sg-track); }
/* The highlighted option never has DOM focus (aria-activedescendant), so it gets its own ring. */
.sg-root .sg-option[aria-selected="true"] { background: var(--sg-track); outline: 2px solid var(--sg-accent); outline-offset: -2px; }
.sg-root .sg-option-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.sg-root .sg-option-name { font-weight: 600; }
.sg-root .sg-option-meta { color: var(--sg-muted); font-size: 0.9em; }
.sg-root .sg-code { font-family: ui-monospace, monospace; }
.sg-root .sg-search-status { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; }
.sg-root .sg-notice { margin: 0; }
.sg-root .sg-notice--ok { color: var(--sg-ok); font-weight: 600; }
.sg-root .sg-notice--error { color: var(--sg-over); font-weight: 600; }
.sg-root .sg-tenant, .sg-root .sg-popup-actions { display: grid; gap: 8px; }
.sg-root .sg-actions--start { justify-content: flex-start; }
`;
