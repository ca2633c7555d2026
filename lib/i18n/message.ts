import { formatNumber, pluralCategory } from './format';
import type { Lang } from './langs';

/** Plural forms selected on the `count` param; `zero` is used for exactly 0 when present. */
export interface PluralMessage {
  readonly one: string;
  readonly other: string;
  readonly zero?: string;
}

/** Text with `{name}` placeholders, or plural forms of it. */
export type Message = string | PluralMessage;

/** How a host's pages address the admin: formal (u, Sie) or informal (je, du). French says vous, Swedish du. */
export type Register = 'formal' | 'informal';

/**
 * A message that addresses the admin, in both registers; only the extension's catalogue has them (the
 * widget, with no host, speaks without addressing anyone). `params.register` picks one.
 */
export type RegisterMessage = Readonly<Record<Register, Message>>;

/** What the extension's catalogue may hold. */
export type ExtensionMessage = Message | RegisterMessage;

export type Params = Readonly<Record<string, string | number>>;

function toCount(value: string | number | undefined): number {
  if (typeof value === 'number') return value;
  return value === undefined || value.trim() === '' ? Number.NaN : Number(value);
}

export function pickForm(message: Message, count: string | number | undefined, lang: Lang): string {
  if (typeof message === 'string') return message;
  const n = toCount(count);
  if (Number.isNaN(n)) return message.other;
  if (n === 0 && message.zero !== undefined) return message.zero;
  // Categories these languages have beyond one/other (fr 'many' for millions) read as other.
  return pluralCategory(n, lang) === 'one' ? message.one : message.other;
}

const PLACEHOLDER = /\{([^{}\s]+)\}/g;

/** Replaces `{name}` with params[name]; an unknown name stays visible as `{name}`. */
export function fill(text: string, params: Params, lang: Lang): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    // Own properties only, so `{constructor}` is not read off Object.prototype.
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}
