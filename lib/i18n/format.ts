import { type Lang, resolveLang } from './langs';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function memo<T>(cache: Map<string, T>, lang: Lang, options: object, make: (lang: Lang) => T): T {
  // resolveLang again: a cast string must not reach Intl, which throws on malformed tags.
  const safe = resolveLang([lang]);
  const key = `${safe}|${JSON.stringify(options)}`;
  let value = cache.get(key);
  if (value === undefined) {
    value = make(safe);
    cache.set(key, value);
  }
  return value;
}

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return memo(numberFormats, lang, options, (l) => new Intl.NumberFormat(l, options));
}

export function formatNumber(n: number, lang: Lang): string {
  return numberFormat(lang).format(n);
}

/** `minor` is an integer in the currency's minor units (cents for EUR, yen for JPY). */
export function formatMoney(minor: number, currency: string, lang: Lang): string {
  const format = numberFormat(lang, { style: 'currency', currency: currency.toUpperCase() });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `day` is YYYY-MM-DD; throws RangeError for anything else or an impossible date. */
export function formatDate(day: string, lang: Lang): string {
  const [, y, m, d] = DAY.exec(day) ?? [];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(Number(y), Number(m) - 1, Number(d));
  if (y === undefined || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    throw new RangeError(`formatDate: not a YYYY-MM-DD date: ${day}`);
  }
  const options = { dateStyle: 'medium', timeZone: 'UTC' } as const;
  return memo(dateFormats, lang, options, (l) => new Intl.DateTimeFormat(l, options)).format(date);
}

const UNITS = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', Number.POSITIVE_INFINITY],
] as const;

/** `ms` is an age: positive is in the past ("2 minutes ago"), negative in the future. */
export function formatRelative(ms: number, lang: Lang): string {
  let amount = Math.abs(ms) / 1000;
  let unit: Intl.RelativeTimeFormatUnit = 'second';
  for (const [name, size] of UNITS) {
    unit = name;
    if (amount < size) break;
    amount /= size;
  }
  const options = { numeric: 'always' } as const;
  const format = memo(relativeFormats, lang, options, (l) => new Intl.RelativeTimeFormat(l, options));
  // Negated even when 0, so an age of 0 reads "0 seconds ago", not "in 0 seconds".
  return format.format(ms < 0 ? Math.floor(amount) : -Math.floor(amount), unit);
}

export function pluralCategory(n: number, lang: Lang): Intl.LDMLPluralRule {
  return memo(pluralRules, lang, {}, (l) => new Intl.PluralRules(l)).select(n);
}
