import type { SeatsResponse } from '../../api';
import { type Lang, type MessageKey, type Params, t } from '../../i18n';
import { type Pool, type SeatHolder, type Snapshot, seatHolders } from '../../rules';
import { seatWord } from '../../view/voice';

// New columns go last, so that a sheet built on the older ones keeps working.
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
  'billing',
  'why',
] as const;

/**
 * Whether a row's seat is billed, as the panel counts it: a usage pool bills every seat it counts; a pool billed
 * for what was bought covers its included seats first (no charge), then the purchased ones (billed, used or
 * not: 000), and a seat past both is over the limit, or unbilled where the pool has none.
 */
type RowBilling = 'included' | 'billed' | 'over-limit' | 'not-billed';

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

/** A comment is one line whatever a label holds. */
const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ')}\r\n`;

/**
 * A `# …` line per pool that the vendor counts itself (its rows can only come from the lists), and per pool
 * billed for more seats than hold one (bought seats nobody uses: billed all the same, with no row to show).
 */
function commentLines({ policy, snapshot }: SeatsResponse, rows: readonly SeatHolder[], lang: Lang): string {
  return policy.pools
    .flatMap((pool) => {
      const label = pool.label ?? pool.id;
      const count = snapshot.counts?.[pool.id];
      if (count !== undefined) return [comment(t('popup.csv.vendor-count', { pool: label, count }, lang))];
      if (pool.billing !== 'purchased') return [];
      const held = rows.filter((row) => row.pool === pool.id).length;
      const unused = pool.purchased - Math.max(0, held - pool.included);
      if (unused <= 0) return [];
      const params = { pool: label, count: unused, unit: seatWord(unused, lang) };
      return [comment(t('popup.csv.unused', params, lang))];
    })
    .join('');
}

function billingOf(pool: Pool, n: number): RowBilling {
  if (pool.billing === 'usage') return 'billed';
  if (n < pool.included) return 'included';
  if (n < pool.included + pool.purchased) return 'billed';
  return pool.enforce === 'none' ? 'not-billed' : 'over-limit';
}

/** Lookups for the why column: a snapshot's users, employees' links, teams' names. */
function lookups(snapshot: Snapshot) {
  const users = new Map(snapshot.users.map((user) => [user.id, user]));
  const teams = new Map(snapshot.teams.map((team) => [team.id, team]));
  return { users, teams };
}

/** Why a row takes its seat, in the agent's language: the link, profile, teams or roles that put it there. */
function whyOf(row: SeatHolder, pool: Pool, look: ReturnType<typeof lookups>, lang: Lang): string {
  const say = (key: MessageKey, params: Params = {}) => t(key, params, lang);
  const user = look.users.get(row.id);
  const { counts } = pool;
  switch (counts.kind) {
    case 'logins':
      return user?.employee
        ? say('csv.why.login-employee', { employee: user.employee })
        : say('csv.why.login');
    case 'active-employees':
      return say('csv.why.active-employee');
    case 'module':
      return say('csv.why.module', { profile: user?.profile ?? '', module: counts.module });
    case 'teams':
      return say('csv.why.team');
    case 'active-members': {
      // Each team once, as the rules count members (a vendor may list a team twice).
      const active = [...new Set(user?.teams)].flatMap((id) => {
        const team = look.teams.get(id);
        return team && !team.archived ? [team.name ?? id] : [];
      });
      return say('csv.why.active-team', { teams: active.join(', ') });
    }
    case 'role': {
      const roles = counts.role !== undefined ? [counts.role] : (counts.roles ?? []);
      return say('csv.why.role', { roles: (user?.roles ?? []).filter((r) => roles.includes(r)).join(', ') });
    }
  }
}

/**
 * Who takes which seat and why, per pool: the billed-users export of the vendors' monthly reports, with
 * names, e-mails and last activity where the Seat API has them (an empty cell where not), whether the seat
 * is included or billed (so the rows add up to the panel's "Billed"), and why it is taken.
 */
export function holdersCsv(facts: SeatsResponse, lang: Lang): string {
  const holders = seatHolders(facts.policy, facts.snapshot);
  const pools = new Map(facts.policy.pools.map((pool) => [pool.id, pool]));
  const look = lookups(facts.snapshot);
  const seen = new Map<string, number>();
  const rows = holders.map((row) => {
    const pool = pools.get(row.pool) as Pool;
    const n = seen.get(row.pool) ?? 0;
    seen.set(row.pool, n + 1);
    return [
      row.pool,
      row.poolLabel,
      row.kind,
      row.holder,
      row.id,
      row.reason,
      row.name ?? '',
      row.email ?? '',
      row.lastActiveAt ?? '',
      billingOf(pool, n),
      whyOf(row, pool, look, lang),
    ];
  });
  return commentLines(facts, holders, lang) + csvText([COLUMNS, ...rows]);
}

/** `seats-<tenant>-<YYYY-MM-DD>.csv`, dated by the agent's own calendar day. */
export function csvFileName(tenant: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `seats-${tenant}-${day}.csv`;
}
