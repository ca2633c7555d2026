/** Applies stylesheets to an extension page through adoptedStyleSheets: no inline style, CSP-clean. */
export function adoptStyles(doc: Document, ...css: string[]): void {
  doc.adoptedStyleSheets = css.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
}
