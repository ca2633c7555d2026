import * as z from 'zod/mini';
import { parseWith } from '../lib/api/issues';
import { TenantId } from '../lib/api/schemas';

/** RFC 6750 b64token, what an Authorization header carries unchanged. */
export const Token = z.string().check(z.regex(/^[\w.~+/-]+=*$/, 'expected a bearer token'));

const ApiBase = z.string().check(z.refine(isHttpUrl, 'expected an absolute http(s) URL'));

// Well-formed tags only; a supported language is then picked from it ("nl-BE" → nl, anything else → en).
const LangTag = z
  .string()
  .check(z.regex(/^[a-z]{2,3}([-_][a-z\d]{1,8})*$/i, 'expected a language tag like "nl" or "nl-BE"'));

/** What a portal sets on <seat-usage>; a bad value shows the widget's error state, it never throws. */
export const SeatUsageAttributes = z.object({
  tenant: TenantId,
  api: ApiBase,
  lang: z.optional(LangTag),
  variant: z._default(z.enum(['compact', 'full']), 'full'),
  token: z.optional(Token),
  /** The panel's accessible name, for a portal that shows one tenant twice; "Seats – {name}" otherwise. */
  label: z.optional(z.string().check(z.minLength(1, 'expected a name'), z.maxLength(200))),
});

export type SeatUsageAttributes = z.output<typeof SeatUsageAttributes>;
export type Variant = SeatUsageAttributes['variant'];

export const ATTRIBUTES = ['tenant', 'api', 'lang', 'variant', 'token', 'label', 'what-if'] as const;

function isHttpUrl(value: string): boolean {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  return url?.protocol === 'https:' || url?.protocol === 'http:';
}

/**
 * The element's attributes parsed, or the first problem as `path: message`. A bad optional attribute (lang,
 * variant, label) is dropped for its default rather than disabling the widget; `ignored` names each one.
 */
export function readAttributes(element: Element) {
  const set = ATTRIBUTES.flatMap((name) => {
    const value = element.getAttribute(name);
    return value === null ? [] : [[name, value] as const];
  });
  const values: Record<string, string> = Object.fromEntries(set);
  let ignored = '';
  for (;;) {
    const parsed = parseWith(SeatUsageAttributes, values);
    const name = parsed.ok ? '' : (/^(lang|variant|label):/.exec(parsed.issue)?.[1] ?? '');
    if (!name) return { ...parsed, ignored };
    ignored += ` ${name}="${values[name]}"`;
    delete values[name];
  }
}
