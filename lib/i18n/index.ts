import { de } from './de';
import { type Catalogue, en, type MessageKey } from './en';
import { fr } from './fr';
import { type Lang, resolveLang } from './langs';
import { fill, type Params, pickForm } from './message';
import { nl } from './nl';
import { sv } from './sv';

export type { Catalogue, MessageKey } from './en';
export { formatDate, formatMoney, formatNumber, formatRelative } from './format';
export { isLang, LANGS, type Lang, resolveLang } from './langs';
export type { Message, Params, PluralMessage } from './message';

export const catalogues: Readonly<Record<Lang, Catalogue>> = { en, nl, sv, de, fr };

export function hasMessage(code: string): code is MessageKey {
  return Object.hasOwn(en, code);
}

/** The message for `code` in `lang`, plural form picked by params.count; never throws. */
export function t(code: MessageKey, params: Params = {}, lang: Lang = 'en'): string {
  // resolveLang and the en fallback guard against casts and untyped callers (stored settings, JSON).
  const safe = resolveLang([lang]);
  const message = catalogues[safe][code] ?? en[code];
  if (message === undefined) return code;
  return fill(pickForm(message, params.count, safe), params, safe);
}
