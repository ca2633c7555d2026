import { type Lang, resolveLang } from '../lib/i18n/panel';
import { readAttributes, type Variant } from './attributes';
import { type Failure, failure } from './failure';
import type { FactsRequest } from './seat-store';
import type { TokenProvider, TokenSource } from './token';

/** How the element looks, whatever state its data is in. */
export interface Display {
  tenant: string;
  lang: Lang;
  variant: Variant;
  whatIf: boolean;
  /** The panel's accessible name when the portal gives one. */
  label?: string;
}

/** What the element's attributes and tokenProvider amount to. */
export type Setup = (
  | { kind: 'ready'; display: Display; request: FactsRequest }
  | { kind: 'invalid'; display: Display; failure: Failure }
) & {
  /** Bad optional attributes dropped for their defaults, for an `attribute-ignored` event; empty when none. */
  ignored?: string;
};

/** How the element looks; `lang` is the attribute's, else the page's, else the browser's (unsupported: English). */
function displayOf(
  element: Element,
  lang: string | null | undefined,
  variant: Variant,
  label?: string,
): Display {
  return {
    tenant: element.getAttribute('tenant') ?? '',
    lang: resolveLang([lang, element.ownerDocument.documentElement.lang, globalThis.navigator?.language]),
    variant,
    whatIf: element.hasAttribute('what-if'),
    ...(label !== undefined && { label }),
  };
}

/** Parses the element's configuration; bad input becomes an 'attributes' failure, never an exception. */
export function readSetup(element: Element, provider: unknown): Setup {
  const parsed = readAttributes(element);
  if (!parsed.ok) return invalid(element, parsed.issue);
  if (provider !== undefined && typeof provider !== 'function') {
    return invalid(element, 'tokenProvider: expected a function that returns a token');
  }
  const { tenant, api, lang, variant, token, label } = parsed.data;
  const display = displayOf(element, lang, variant, label);
  const source = sourceOf(provider as TokenProvider | undefined, token);
  if (!source) return invalid(element, 'token: set the token attribute or the tokenProvider property');
  // Reported as `attribute-ignored`, not fatal: the widget runs with the defaults.
  const ignored = parsed.ignored && `<seat-usage> ignored${parsed.ignored}`;
  return { kind: 'ready', display, request: { api, tenant, source }, ignored };
}

// A provider wins over the attribute: it can renew a token the Seat API refuses.
function sourceOf(provider: TokenProvider | undefined, token: string | undefined): TokenSource | undefined {
  if (provider) return { provider };
  return token === undefined ? undefined : { token };
}

function invalid(element: Element, issue: string): Setup {
  return {
    kind: 'invalid',
    // What it can show: the tenant, a language and the variant, whatever else is wrong.
    display: displayOf(
      element,
      element.getAttribute('lang'),
      element.getAttribute('variant') === 'compact' ? 'compact' : 'full',
    ),
    failure: failure('attributes', `<seat-usage> ${issue}`),
  };
}
