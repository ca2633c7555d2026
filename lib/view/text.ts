import {
  formatDate,
  formatMoney,
  formatNumber,
  hasMessage,
  type Lang,
  type PanelKey,
  t,
} from '../i18n/panel';
import type { CostLine, Level, Money, PoolReport, Reason, Suggestion, SuggestionItem } from '../rules';
import type { PanelWords } from './words';

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

export function levelText(level: Level, lang: Lang): string {
  return t(`level.${level}`, {}, lang);
}

/** A verdict reason as a sentence in the surface's `words`; `costs` supplies the amount of `adds-cost`. */
export function reasonText(
  reason: Reason,
  poolLabel: string,
  lang: Lang,
  words: PanelWords,
  costs: readonly CostLine[] = [],
): string {
  const { seats, date, ...rest } = reason.params;
  // Rules params say `seats`; plural messages pick their form on `count`.
  const params: Record<string, string | number> = { ...rest, pool: poolLabel };
  if (seats !== undefined) params.count = seats;
  if (date !== undefined) params.date = day(date, lang);
  if (reason.code !== 'adds-cost') return words.reason(reason.code, params, lang);
  const line = costs.find((cost) => cost.pool === reason.pool);
  if (line === undefined) return t('reason.adds-cost-unpriced', params, lang);
  const amount = formatMoney(line.amount, line.currency, lang);
  return t('reason.adds-cost', { ...params, amount, period: t(`period.${line.per}`, {}, lang) }, lang);
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

/**
 * "Eva Meijer, Daan Smit, Jan Bakker +4 more": each by name, else e-mail, else id (rules-api.md v1.1 3).
 * Never "+1 more": the one name it would hide takes no more room. `count`: how many there are in all, when
 * a view carries only the first few (lib/view/build.ts).
 */
export function namesText(items: readonly SuggestionItem[], lang: Lang, count = items.length): string {
  const shown = count > NAMES_SHOWN + 1 ? items.slice(0, NAMES_SHOWN) : items;
  const names = shown.map((item) => item.name || item.email || item.id).join(', ');
  const more = count - shown.length;
  return more > 0 ? `${names} ${t('suggestion.more', { count: more }, lang)}` : names;
}

/** A suggestion as a sentence: who or what it names, its saving per period and the day it takes effect. */
export function suggestionText(suggestion: Suggestion, poolLabel: string, lang: Lang): string {
  const params: Record<string, string | number> = {
    pool: poolLabel,
    count: suggestion.count,
    names: namesText(suggestion.items, lang, suggestion.count),
  };
  if (suggestion.saving) params.saving = moneyText(suggestion.saving, lang);
  if (suggestion.effective) params.date = day(suggestion.effective, lang);
  return t(suggestionKey(suggestion), params, lang);
}

/** "1 seat × €473.70 = €473.70 per year, Oct 1, 2026 – Mar 31, 2027, prorated to contract end". */
export function costLineText(line: CostLine, lang: Lang): string {
  const money = (amount: number) => formatMoney(amount, line.currency, lang);
  const params = {
    count: line.seats,
    unit: money(line.seats === 0 ? 0 : Math.round(line.amount / line.seats)),
    amount: money(line.amount),
    per: t(`per.${line.per}`, {}, lang),
    from: day(line.from, lang),
    to: day(line.to ?? '', lang),
  };
  const text = t(line.to === null ? 'cost.recurring' : 'cost.term', params, lang);
  return line.prorated ? `${text}, ${t('cost.prorated', {}, lang)}` : text;
}

/** The unit noun of a pool; kinds whose noun needs a module or role name read as plain seats. */
function unitText(kind: string, lang: Lang): string {
  const key = `kind.${kind}`;
  if (kind === 'module' || kind === 'role' || !hasMessage(key)) return t('unit.seats', {}, lang);
  return t(key, {}, lang);
}

/** "25 of 25 users (1 included + 24 purchased)", or "teams in use: 4, no limit". */
export function poolUsageText(pool: PoolReport, lang: Lang): string {
  const unit = unitText(pool.kind, lang);
  if (pool.limit === null) return t('usage.unlimited', { unit, used: pool.used }, lang);
  const of = t('usage.of', { used: pool.used, limit: pool.limit, unit }, lang);
  if (pool.included === 0) return of;
  return `${of} (${t('usage.split', { included: pool.included, purchased: pool.purchased }, lang)})`;
}

/** "Users: 25 of 25 users (…). Level: Full." — the meter's full text. */
export function poolSummaryText(pool: PoolReport, lang: Lang): string {
  return t(
    'pool.summary',
    { pool: pool.label, usage: poolUsageText(pool, lang), level: levelText(pool.level, lang) },
    lang,
  );
}

/** "Billed: 24 seats · €360.00 per month"; a zero cost is left out, the seat count already says it. */
export function billingText(pool: PoolReport, lang: Lang): string {
  const billed = t('pool.billed', { count: pool.billed }, lang);
  return pool.cost && pool.cost.amount !== 0 ? `${billed} · ${moneyText(pool.cost, lang)}` : billed;
}

/** Room left: "3 seats free", "No seats free" or "6 seats over the limit"; null without a limit. */
export function headroomText(pool: PoolReport, lang: Lang): string | null {
  const { headroom } = pool;
  if (headroom === null) return null;
  if (headroom === 0) return t('pool.none-free', {}, lang);
  return headroom > 0
    ? t('pool.free', { count: headroom }, lang)
    : t('pool.over-by', { count: -headroom }, lang);
}

/** "Users 25/25": the one-glance figure of the collapsed panel. */
export function shortUsageText(pool: PoolReport, lang: Lang): string {
  const used = formatNumber(pool.used, lang);
  return pool.limit === null
    ? `${pool.label} ${used}`
    : `${pool.label} ${used}/${formatNumber(pool.limit, lang)}`;
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
