import { fromDay, toDay } from './dates';
import { withDisplay } from './display';
import { levelOf, limitOf, worst } from './levels';
import { periodCost } from './money';
import type { PoolReport, Report, Suggestion, SuggestionItem } from './results';
import type { CountKind, Pool } from './schemas';
import type { TenantIndex } from './tenant-index';
import { nextInvoice } from './verdict';

function poolReport(index: TenantIndex, pool: Pool, i: number): PoolReport {
  const { policy } = index;
  const used = index.used[i] ?? 0;
  const limit = limitOf(pool);
  // Purchased billing charges the bought seats whatever is used (000_f86646bbf488b9ea.txt).
  const billed = pool.billing === 'purchased' ? pool.purchased : used;
  return {
    id: pool.id,
    label: pool.label ?? pool.id,
    kind: pool.counts.kind,
    enforce: pool.enforce,
    used,
    limit,
    included: pool.included,
    purchased: pool.purchased,
    billed,
    headroom: limit === null ? null : limit - used,
    level: levelOf(used, limit, policy.warnAt),
    cost: periodCost(policy, pool, i, billed),
  };
}

const userItems = (index: TenantIndex, ids: readonly string[]) =>
  ids.map((id) => withDisplay({ id }, index.users.get(id)));
const teamItems = (index: TenantIndex, ids: readonly string[]) =>
  ids.map((id) => withDisplay({ id }, index.teams.get(id)?.team));

function suggestion(
  kind: Suggestion['kind'],
  pool: Pool,
  items: SuggestionItem[],
  extra: Partial<Suggestion> = {},
): Suggestion {
  const ids = items.map((item) => item.id);
  return { kind, pool: pool.id, count: ids.length, ids, items, saving: null, effective: null, ...extra };
}

function unusedSeats(index: TenantIndex, report: PoolReport, i: number, today: number): Suggestion | null {
  const pool = index.policy.pools[i] as Pool;
  // Extra seats of a purchase pool run their paid term and are never refunded mid-term (003; v1.1 6).
  if (pool.billing !== 'purchased' || pool.enforce === 'purchase') return null;
  if (report.limit === null || report.used >= report.limit) return null;
  const count = Math.min(pool.purchased, report.limit - report.used);
  if (count <= 0) return null;
  return {
    ...suggestion('unused-seats', pool, []),
    count,
    saving: periodCost(index.policy, pool, i, count),
    effective: fromDay(nextInvoice(index.policy, today)),
  };
}

/** `today` as YYYY-MM-DD: valid-until dates compare as strings. */
type Finder = (index: TenantIndex, pool: Pool, i: number, today: string) => Suggestion | null;

const nonEmpty = (s: Suggestion) => (s.count > 0 ? s : null);

/** The kind-specific suggestion of each count kind that has one. */
const FINDERS: Partial<Record<CountKind, Finder>> = {
  'active-members': (index, pool) =>
    nonEmpty(suggestion('inactive-members', pool, userItems(index, index.derived.inactiveMembers))),
  // A past valid-until alone frees nothing: the licence stays taken (001_9c703775de6d48cc.txt).
  module: (index, pool, i, today) => {
    const holders = index.derived.expiring.get(i) ?? [];
    const ids = holders.filter(([, day]) => day < today).map(([id]) => id);
    return nonEmpty(suggestion('expired-logins', pool, userItems(index, ids)));
  },
  // Archived teams are not billed, so an empty active team is paid for nothing (002, Variante 1).
  teams: (index, pool, i, today) => {
    const saves = pool.billing === 'usage';
    const ids = index.derived.emptyTeams;
    return nonEmpty(
      suggestion('empty-teams', pool, teamItems(index, ids), {
        saving: saves ? periodCost(index.policy, pool, i, ids.length) : null,
        effective: saves ? fromDay(nextInvoice(index.policy, toDay(today))) : null,
      }),
    );
  },
};

function poolSuggestions(index: TenantIndex, report: PoolReport, i: number, today: number): Suggestion[] {
  const pool = index.policy.pools[i] as Pool;
  const found = [
    unusedSeats(index, report, i, today),
    FINDERS[pool.counts.kind]?.(index, pool, i, fromDay(today)),
  ];
  return found.filter((s): s is Suggestion => s != null);
}

export function reportOf(index: TenantIndex, today: number, now: string): Report {
  const pools = index.policy.pools.map((pool, i) => poolReport(index, pool, i));
  return {
    tenant: index.policy.tenant,
    asOf: index.snapshot.asOf ?? now,
    level: worst(pools.map((pool) => pool.level)),
    pools,
    suggestions: pools.flatMap((report, i) => poolSuggestions(index, report, i, today)),
  };
}
