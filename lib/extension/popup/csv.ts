import type { SeatsResponse } from '../../api';
import { type Lang, t } from '../../i18n';
import { seatHolders } from '../../rules';

// New columns go last, so that a sheet built on the older six keeps working.
const COLUMNS = [
  'pool',
  'pool_label',
  'kind',
  'holder',
  'id',
  'reason',
  'name',
  'email',
  'last_active_at',
] as const;

/**
 * One RFC 4180 field. A leading = + - @ (or tab, CR) makes spreadsheets run the cell as a formula
 * (OWASP "CSV injection"), so such a cell starts with a quote that keeps it text.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Records with CRLF line ends, as RFC 4180 has them. */
export function csvText(records: readonly (readonly string[])[]): string {
  return records.map((record) => `${record.map(csvCell).join(',')}\r\n`).join('');
}

/** A `# …` line per pool that the vendor counts itself: its rows can only come from the lists. */
function vendorCountLines({ policy, snapshot }: SeatsResponse, lang: Lang): string {
  return policy.pools
    .flatMap((pool) => {
      const count = snapshot.counts?.[pool.id];
      if (count === undefined) return [];
      const text = t('popup.csv.vendor-count', { pool: pool.label ?? pool.id, count }, lang);
      // A comment is one line whatever a label holds.
      return [`# ${text.replace(/[\r\n]+/g, ' ')}\r\n`];
    })
    .join('');
}

/**
 * Who takes which seat and why, per pool: the billed-users export of the vendors' monthly reports, with
 * names, e-mails and last activity where the Seat API has them (an empty cell where not).
 */
export function holdersCsv(facts: SeatsResponse, lang: Lang): string {
  const rows = seatHolders(facts.policy, facts.snapshot).map((row) => [
    row.pool,
    row.poolLabel,
    row.kind,
    row.holder,
    row.id,
    row.reason,
    row.name ?? '',
    row.email ?? '',
    row.lastActiveAt ?? '',
  ]);
  return vendorCountLines(facts, lang) + csvText([COLUMNS, ...rows]);
}

/** `seats-<tenant>-<YYYY-MM-DD>.csv`, dated by the agent's own calendar day. */
export function csvFileName(tenant: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `seats-${tenant}-${day}.csv`;
}
