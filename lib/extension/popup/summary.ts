import { formatDate, type Lang, t } from '../../i18n';
import type { PoolReport, Report } from '../../rules';
import { labelsOf, shownSuggestions } from '../../view/report';
import type { SeatView } from '../../view/schema';
import { billingText, levelText, type SeatPrice, suggestionText } from '../../view/text';

/** "Users: 25/25, Full · Billed: 24 seats × €15.00 = €360.00 per month". */
function poolLine(pool: PoolReport, lang: Lang, price: SeatPrice | undefined): string {
  const level = levelText(pool.level, lang);
  const usage =
    pool.limit === null
      ? t('popup.summary.pool-unlimited', { pool: pool.label, used: pool.used, level }, lang)
      : t('popup.summary.pool', { pool: pool.label, used: pool.used, limit: pool.limit, level }, lang);
  return `${usage} · ${billingText(pool, lang, price)}`;
}

/** The report's time as a date in the agent's language and a UTC clock time, unambiguous in a ticket. */
function asOfText(asOf: string, lang: Lang): string {
  const at = new Date(asOf);
  if (Number.isNaN(at.getTime())) return asOf;
  const iso = at.toISOString();
  return `${formatDate(iso.slice(0, 10), lang)} ${iso.slice(11, 16)} UTC`;
}

/** Plain text for a support ticket: the tenant, each pool's usage, level, billing and cost, suggestions, as-of time. */
export function summaryText(
  name: string,
  report: Report,
  lang: Lang,
  prices: SeatView['prices'] = {},
): string {
  const labels = labelsOf(report);
  const suggestions = shownSuggestions(report).map(
    (s) => `- ${suggestionText(s, labels[s.pool] ?? s.pool, lang)}`,
  );
  return [
    t('popup.summary.tenant', { name, tenant: report.tenant }, lang),
    t('panel.level', { level: levelText(report.level, lang) }, lang),
    ...report.pools.map((pool) => `- ${poolLine(pool, lang, prices[pool.id])}`),
    ...(suggestions.length > 0 ? [`${t('panel.suggestions', {}, lang)}:`, ...suggestions] : []),
    t('popup.summary.as-of', { date: asOfText(report.asOf, lang) }, lang),
  ].join('\n');
}
