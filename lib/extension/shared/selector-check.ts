/** Whether the browser accepts a CSS selector. */
export type SelectorCheck = (selector: string) => boolean;

/** A check by `doc`'s real selector parser: what querySelector throws on, the content script would too. */
export function selectorCheck(doc: Document): SelectorCheck {
  return (selector) => {
    try {
      // A fresh, empty fragment each time: matches nothing, and no engine answers from a cached query.
      doc.createDocumentFragment().querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };
}
