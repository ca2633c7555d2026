import * as z from 'zod/mini';
import type { ImportIssue } from '../../view/options';
import type { SelectorCheck } from '../shared/selector-check';

// lib/hosts/schema.ts stays DOM-free, so an adapter's CSS selectors are checked here, by the page's own parser.

/** The selectors of one pasted adapter, read from the JSON itself so they are checked even when other parts fail. */
function selectorsOf(adapter: unknown): [PropertyKey[], unknown][] {
  if (typeof adapter !== 'object' || adapter === null) return [];
  const { forms, panel } = adapter as { forms?: unknown; panel?: unknown };
  const rules = Array.isArray(forms) ? forms : [];
  return [
    ...rules.map((rule, index): [PropertyKey[], unknown] => [
      ['forms', index, 'form'],
      (rule as { form?: unknown })?.form,
    ]),
    [['panel', 'anchor'], (panel as { anchor?: unknown } | undefined)?.anchor],
  ];
}

/** Every selector the check refuses, at its path (`[0].forms[1].form`; no `[0]` for a single adapter). */
export function selectorIssues(adapters: readonly unknown[], check: SelectorCheck, isArray: boolean) {
  return adapters.flatMap((adapter, index): ImportIssue[] =>
    selectorsOf(adapter).flatMap(([path, selector]) =>
      typeof selector !== 'string' || check(selector)
        ? []
        : [
            {
              path: z.core.toDotPath(isArray ? [index, ...path] : path),
              key: 'options.issue.selector',
              params: { selector },
            },
          ],
    ),
  );
}
