import * as z from 'zod/mini';
import type { HostAdapter } from '../../hosts';
import type { ImportIssue } from '../../view/options';

// lib/hosts/schema.ts stays DOM-free, so an adapter's CSS selectors are checked here, by the page's own parser.

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

/** Every selector of the adapters the check refuses, at its path (`[0].forms[1].form`; no `[0]` for one adapter). */
export function selectorIssues(adapters: readonly HostAdapter[], check: SelectorCheck, isArray: boolean) {
  return adapters.flatMap((adapter, index): ImportIssue[] => {
    const selectors: [PropertyKey[], string][] = [
      ...adapter.forms.map((rule, form): [PropertyKey[], string] => [['forms', form, 'form'], rule.form]),
      [['panel', 'anchor'], adapter.panel.anchor],
    ];
    return selectors.flatMap(([path, selector]) =>
      check(selector)
        ? []
        : [
            {
              path: z.core.toDotPath(isArray ? [index, ...path] : path),
              key: 'options.issue.selector',
              params: { selector },
            },
          ],
    );
  });
}
