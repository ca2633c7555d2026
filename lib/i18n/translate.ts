import type { Lang } from './langs';
import { resolveLang } from './langs';
import { fill, type Message, type Params, pickForm } from './message';

export interface Translator<K extends string> {
  /** The message for `code` in `lang`, plural form picked by params.count; never throws. */
  t(code: K, params?: Params, lang?: Lang): string;
  has(code: string): code is K;
}

/** `t` over one set of catalogues, so that a surface bundles only the messages it shows. */
export function translator<K extends string>(
  catalogues: Readonly<Record<Lang, Readonly<Record<K, Message>>>>,
): Translator<K> {
  const { en } = catalogues;
  return {
    t(code, params = {}, lang = 'en') {
      // resolveLang and the en fallback guard against casts and untyped callers (stored settings, JSON).
      const safe = resolveLang([lang]);
      const message = catalogues[safe][code] ?? en[code];
      if (message === undefined) return code;
      return fill(pickForm(message, params.count, safe), params, safe);
    },
    has: (code): code is K => Object.hasOwn(en, code),
  };
}
