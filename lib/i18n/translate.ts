import type { Lang } from './langs';
import { resolveLang } from './langs';
import { fill, type Message, type Params, pickForm } from './message';

export interface Translator<K extends string> {
  /** The message for `code` in `lang`, plural form picked by params.count; never throws. */
  t(code: K, params?: Params, lang?: Lang): string;
  has(code: string): code is K;
}

/** Picks the message to use from a catalogue entry (the extension's: its register); the panel's are as they are. */
export type Select<M> = (message: M, params: Params, lang: Lang) => Message;

/** `t` over one set of catalogues, so that a surface bundles only the messages it shows. */
export function translator<K extends string, M = Message>(
  catalogues: Readonly<Record<Lang, Readonly<Record<K, M>>>>,
  select: Select<M> = (message) => message as Message,
): Translator<K> {
  const { en } = catalogues;
  return {
    t(code, params = {}, lang = 'en') {
      // resolveLang and the en fallback guard against casts and untyped callers (stored settings, JSON).
      const safe = resolveLang([lang]);
      const message = catalogues[safe][code] ?? en[code];
      if (message === undefined) return code;
      return fill(pickForm(select(message, params, safe), params.count, safe), params, safe);
    },
    has: (code): code is K => Object.hasOwn(en, code),
  };
}
