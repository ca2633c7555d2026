import {
  formatDate,
  formatMoney,
  formatNumber,
  formatRelative,
  hasMessage,
  type Lang,
  type PanelKey,
  t,
} from '../i18n/panel';
import type {
  CostLine,
  Level,
  Money,
  PoolReport,
  Reason,
  Suggestion,
  SuggestionItem,
  Verdict,
} from '../rules';
import { verdictCase } from './verdict';
import { seatWord, type Voice } from './voice';
import type { PanelWords } from './words';

/** A pool's price per seat, as its policy states it (lib/view/build.ts puts it in the view). */
export interface SeatPrice {
  amount: number;
  currency: string;
  per: 'month' | 'year';
}

/** A day as the admin reads it; an unparsable value is shown as sent rather than thrown. */
function day(value: string | number | undefined, lang: Lang): string {
  const text = String(value ?? '');
  try {
    return formatDate(text, lang);
  } catch {
    return text;
  }
}

/** "€360.00 per month". */
export function moneyText(money: Money, lang: Lang): string {
  return `${formatMoney(money.amount, money.currency, lang)} ${t(`per.${money.per}`, {}, lang)}`;
}

/** "€15.00 per user per month": what one seat costs, in the vendor's word for it. */
export function seatPriceText(price: SeatPrice, lang: Lang, voice: Voice = {}): string {
  const each = t(
    'price.each',
    { price: formatMoney(price.amount, price.currency, lang), unit: seatWord(1, lang, voice) },
    lang,
  );
  return `${each} ${t(`per.${price.per}`, {}, lang)}`;
}

export function levelText(level: Level, lang: Lang): string {
  return t(`level.${level}`, {}, lang);
}

/** The level word inside a sentence: "…, full." rather than "…, Full.". */
function levelInSentence(level: Level, lang: Lang): string {
  const word = levelText(level, lang);
  return word.charAt(0).toLocaleLowerCase(lang) + word.slice(1);
}

/**
 * A verdict reason as a sentence in the surface's `words` and the vendor's `voice`. Over and near the limit
 * name the level the panel shows for the result, so dialog and panel agree: 25 of 25 is full.
 */
export function reasonText(
  reason: Reason,
  poolLabel: string,
  lang: Lang,
  words: PanelWords,
  voice: Voice = {},
): string {
  const { seats, date, ...rest } = reason.params;
  if (reason.code === 'over-limit' || reason.code === 'near-limit') {
    const after = Number(rest.after);
    const limit = Number(rest.limit);
    const level: Level =
      reason.code === 'over-limit' || after > limit ? 'over' : after === limit ? 'full' : 'near';
    return t('reason.level', { pool: poolLabel, after, limit, level: levelInSentence(level, lang) }, lang);
  }
  // Rules params say `seats`; plural messages pick their form on `count`.
  const params: Record<string, string | number> = { ...rest, pool: poolLabel };
  if (seats !== undefined) {
    params.count = seats;
    params.unit = seatWord(Number(seats), lang, voice);
  }
  if (date !== undefined) params.date = day(date, lang);
  return words.reason(reason.code, params, lang);
}

/** The dialog's title for the question a verdict asks; the extension words the cases only it meets. */
export function verdictTitle(verdict: Verdict, lang: Lang, voice: Voice = {}): string {
  const kind = verdictCase(verdict);
  if (kind === 'near' || kind === 'over') return levelText(kind, lang);
  if (kind === 'purchase') {
    const count = verdict.reasons
      .filter((r) => r.code === 'needs-purchase')
      .reduce((sum, r) => sum + Number(r.params.seats ?? 0), 0);
    return t('title.purchase', { count, unit: seatWord(count, lang, voice) }, lang);
  }
  if (kind === 'limit' || kind === 'full' || kind === 'cost') return t(`title.${kind}`, {}, lang);
  return t('title.allow', {}, lang);
}

function suggestionKey(suggestion: Suggestion): PanelKey {
  const { kind, saving, effective } = suggestion;
  if (kind === 'unused-seats' && (saving === null || effective === null))
    return 'suggestion.unused-seats-unpriced';
  if (kind === 'empty-teams' && saving === null) return 'suggestion.empty-teams-unpriced';
  return `suggestion.${kind}`;
}

/** How many names a list shows before "+N more", so that a long list stays short. */
export const NAMES_SHOWN = 3;

/** The items a list names, and how many it leaves to "+N more" (never "+1 more": that name takes no more room). */
export function namesShown(
  items: readonly SuggestionItem[],
  count = items.length,
): { shown: readonly SuggestionItem[]; more: number } {
  const shown = count > NAMES_SHOWN + 1 ? items.slice(0, NAMES_SHOWN) : items;
  return { shown, more: count - shown.length };
}

/** A person or team as a list names them: by name, else e-mail, else id (rules-api.md v1.1 3). */
export const nameOf = (item: SuggestionItem): string => item.name || item.email || item.id;

/**
 * "Eva Meijer, Daan Smit, Jan Bakker +4 more". `count`: how many there are in all, when a view carries only
 * the first few (lib/view/build.ts).
 */
export function namesText(items: readonly SuggestionItem[], lang: Lang, count = items.length): string {
  const { shown, more } = namesShown(items, count);
  const names = shown.map(nameOf).join(', ');
  return more > 0 ? `${names} ${t('suggestion.more', { count: more }, lang)}` : names;
}

/**
 * A suggestion as a sentence: who or what it names, its saving per period and the day it takes effect.
 * `names` replaces the list of names, for a view that renders them itself (as links).
 */
export function suggestionText(
  suggestion: Suggestion,
  poolLabel: string,
  lang: Lang,
  voice: Voice = {},
  names = namesText(suggestion.items, lang, suggestion.count),
): string {
  const params: Record<string, string | number> = {
    pool: poolLabel,
    count: suggestion.count,
    names,
    unit: seatWord(suggestion.count, lang, voice),
  };
  if (suggestion.saving) params.saving = moneyText(suggestion.saving, lang);
  if (suggestion.effective) params.date = day(suggestion.effective, lang);
  return t(suggestionKey(suggestion), params, lang);
}

/** "5 seats × €314.93 = €1,574.65": the sum with its working when there is more than one seat. */
function timesText(seats: number, unit: number, amount: number, currency: string, lang: Lang, voice: Voice) {
  const money = (value: number) => formatMoney(value, currency, lang);
  if (Math.abs(seats) === 1 || seats === 0) return money(amount);
  const count = Math.abs(seats);
  return `${formatNumber(count, lang)} ${seatWord(count, lang, voice)} × ${money(unit)} = ${money(amount)}`;
}

/**
 * A cost line as a careful billing page says it. A purchase for a term: what is due now, for which dates,
 * and the full price after ("€314.93 now, Dec 1, 2026 – Mar 31, 2027; then €950.00 per year"); a recurring
 * change: how much more or less per period, from when ("2 users × €15.00 = €30.00 more per month, from …").
 * A one-off is never called "per year".
 */
export function costLineText(line: CostLine, lang: Lang, voice: Voice = {}): string {
  const count = Math.abs(line.seats);
  const unit = count === 0 ? 0 : Math.round(Math.abs(line.amount) / count);
  const amount = timesText(line.seats, unit, Math.abs(line.amount), line.currency, lang, voice);
  const from = day(line.from, lang);
  if (line.to !== null) {
    const full = { ...line.price, currency: line.currency };
    const price =
      count > 1 ? seatPriceText(full, lang, voice) : moneyText({ ...full, per: line.price.per }, lang);
    return t('cost.now', { amount, from, to: day(line.to, lang), price }, lang);
  }
  const per = t(`per.${line.per}`, {}, lang);
  return t(line.amount < 0 ? 'cost.less' : 'cost.more', { amount, per, from }, lang);
}

/** The unit noun of a pool's usage; kinds whose noun needs a module or role name take the vendor's word. */
function unitText(kind: string, count: number, lang: Lang, voice: Voice): string {
  const key = `kind.${kind}`;
  return hasMessage(key) ? t(key, {}, lang) : seatWord(count, lang, voice);
}

/** "25 of 25 users (1 included + 24 purchased)", or "teams in use: 4, no limit". */
export function poolUsageText(pool: PoolReport, lang: Lang, voice: Voice = {}): string {
  const unit = unitText(pool.kind, pool.limit ?? pool.used, lang, voice);
  if (pool.limit === null) return t('usage.unlimited', { unit, used: pool.used }, lang);
  const of = t('usage.of', { used: pool.used, limit: pool.limit, unit }, lang);
  if (pool.included === 0) return of;
  return `${of} (${t('usage.split', { included: pool.included, count: pool.purchased }, lang)})`;
}

/** "Users: 25 of 25 users (…). Level: Full." — the meter's full text. */
export function poolSummaryText(pool: PoolReport, lang: Lang, voice: Voice = {}): string {
  return t(
    'pool.summary',
    { pool: pool.label, usage: poolUsageText(pool, lang, voice), level: levelText(pool.level, lang) },
    lang,
  );
}

/**
 * What a pool bills, as a careful billing page says it: "Billed: 24 users × €15.00 = €360.00 per month". Seats
 * bought for a term state their price, not a yearly total they may not run. Included seats are no charge and
 * never read as free: "Included in the licence, not billed separately; an extra seat costs €950.00 per year."
 */
export function billingText(pool: PoolReport, lang: Lang, price?: SeatPrice, voice: Voice = {}): string {
  const billed = t('pool.billed', { count: pool.billed, unit: seatWord(pool.billed, lang, voice) }, lang);
  if (!price) return billed;
  if (pool.billed === 0 && pool.included > 0)
    return t('pool.included-price', { unit: seatWord(1, lang, voice), price: moneyText(price, lang) }, lang);
  const unit = formatMoney(price.amount, price.currency, lang);
  if (pool.enforce === 'purchase') return `${billed} × ${unit} ${t(`per.${price.per}`, {}, lang)}`;
  const total = pool.cost ? formatMoney(pool.cost.amount, pool.cost.currency, lang) : unit;
  return `${billed} × ${unit} = ${total} ${t(`per.${price.per}`, {}, lang)}`;
}

/** Room left: "3 seats free", "No seats free" or "6 seats over the limit"; null without a limit. */
export function headroomText(pool: PoolReport, lang: Lang, voice: Voice = {}): string | null {
  const { headroom } = pool;
  if (headroom === null) return null;
  const count = Math.abs(headroom);
  const unit = seatWord(count, lang, voice);
  if (headroom === 0) return t('pool.none-free', { unit }, lang);
  return t(headroom > 0 ? 'pool.free' : 'pool.over-by', { count, unit }, lang);
}

/** "Users 25/25": the one-glance figure of the collapsed panel. */
export function shortUsageText(pool: PoolReport, lang: Lang): string {
  const used = formatNumber(pool.used, lang);
  return pool.limit === null
    ? `${pool.label} ${used}`
    : `${pool.label} ${used}/${formatNumber(pool.limit, lang)}`;
}

/** The data's age: "updated just now" under a minute, never "0 seconds ago"; else "updated 2 minutes ago". */
export function ageText(ms: number, lang: Lang): string {
  return ms < 60_000
    ? t('panel.just-now', {}, lang)
    : t('panel.age', { age: formatRelative(ms, lang) }, lang);
}

/** Error codes the panel words the same everywhere; the extension words a few more (lib/view/words.ts). */
export const ERROR_CODES = [
  'rate-limited',
  'timeout',
  'network',
  'invalid-response',
  'server-error',
  'widget-token',
  'widget-setup',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/** What went wrong and what to do, for a view error code; unknown codes get a generic sentence. */
export function errorText(code: string, lang: Lang): string {
  return isErrorCode(code) ? t(`error.${code}`, {}, lang) : t('error.other', { code }, lang);
}
