// The options page's own layout on top of components/styles.ts (theme variables, buttons); selectors sit
// under `.sg-root` like the panel's, so both sheets combine on one page. Its .sg-actions is its own (the
// guard's dialogs define theirs for the content script only). In .sg-input-row the input takes what the
// button leaves, at least 8em, so a narrow column puts "Show token" below the input, never under the next field.
export const optionsStyles = `
html, body { margin: 0; }
.sg-root.sg-options { min-height: 100vh; padding: 24px 16px 48px; font-size: 15px; }
.sg-root .sg-options-inner { display: grid; gap: 32px; max-width: 880px; margin: 0 auto; }
.sg-root .sg-page-title { margin: 0; font-size: 1.6em; }
.sg-root .sg-section { display: grid; gap: 12px; }
.sg-root .sg-section-title { margin: 0; font-size: 1.25em; }
.sg-root .sg-group { display: grid; gap: 8px; }
.sg-root .sg-group-title { margin: 0; font-size: 1.05em; }

.sg-root .sg-fieldset {
  display: grid;
  gap: 12px;
  min-width: 0;
  margin: 0;
  padding: 12px 16px 16px;
  border: 1px solid var(--sg-muted);
  border-radius: var(--sg-radius);
}
.sg-root .sg-legend { padding: 0 4px; font-weight: 600; }
.sg-root .sg-tag { color: var(--sg-muted); font-weight: normal; }
.sg-root .sg-fields { display: grid; gap: 12px; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); }
.sg-root .sg-field { display: grid; gap: 4px; align-content: start; min-width: 0; }
.sg-root .sg-label { font-weight: 600; }
.sg-root .sg-input-row { display: flex; flex-wrap: wrap; gap: 6px; align-items: stretch; min-width: 0; }
.sg-root .sg-input-row .sg-btn { flex: none; white-space: nowrap; }
.sg-root .sg-input-row .sg-input { flex: 1 1 8em; width: 0; }
.sg-root .sg-input, .sg-root .sg-select, .sg-root .sg-textarea { flex: 1 1 auto; min-width: 0; }
.sg-root .sg-textarea { min-height: 12em; resize: vertical; font-family: ui-monospace, monospace; font-size: 0.9em; }
.sg-root .sg-input[aria-invalid="true"], .sg-root .sg-textarea[aria-invalid="true"] {
  border: 2px solid var(--sg-over);
}
.sg-root .sg-file { font: inherit; color: var(--sg-fg); }
.sg-root .sg-hint { margin: 0; color: var(--sg-muted); font-size: 0.9em; }
.sg-root .sg-field-error { margin: 0; color: var(--sg-over); font-size: 0.9em; font-weight: 600; }
.sg-root .sg-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.sg-root .sg-actions--start { justify-content: flex-start; }

.sg-root .sg-notice { margin: 0; }
.sg-root .sg-notice--ok { color: var(--sg-ok); font-weight: 600; }
.sg-root .sg-notice--error { color: var(--sg-over); font-weight: 600; }
.sg-root .sg-result { display: grid; gap: 6px; }
.sg-root .sg-unsaved { align-self: center; color: var(--sg-near); font-weight: 600; }
.sg-root .sg-unsaved-page {
  margin: 0;
  padding: 8px 12px;
  border-inline-start: 4px solid var(--sg-near);
  background: var(--sg-track);
  font-weight: 600;
}
.sg-root .sg-unsaved-page[hidden] { display: none; }
.sg-root .sg-issues { display: grid; gap: 4px; margin: 0; padding-inline-start: 1.2em; font-size: 0.9em; }
.sg-root .sg-code { font-family: ui-monospace, monospace; font-size: 0.9em; overflow-wrap: anywhere; }

.sg-root .sg-adapter-list { display: grid; gap: 10px; margin: 0; padding: 0; list-style: none; }
.sg-root .sg-adapter { display: grid; gap: 4px; padding: 8px 12px; border-inline-start: 3px solid var(--sg-track); }
.sg-root .sg-adapter-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; }
.sg-root .sg-adapter-name { font-weight: 600; }
.sg-root .sg-matches { display: flex; flex-wrap: wrap; gap: 4px 8px; color: var(--sg-muted); font-size: 0.9em; }
.sg-root .sg-match-list { display: flex; flex-wrap: wrap; gap: 4px 10px; margin: 0; padding: 0; list-style: none; }
.sg-root .sg-state { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; margin: 0; }
.sg-root .sg-state--active { color: var(--sg-ok); font-weight: 600; }
.sg-root .sg-group-title:focus-visible { outline-offset: 4px; }
`;
