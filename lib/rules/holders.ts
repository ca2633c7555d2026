import { type Display, withDisplay } from './display';
import { parseInput } from './errors';
import { parseSnapshot } from './fast-parse';
import { type CountKind, Policy, type PolicyInput, type SnapshotInput } from './schemas';
import { indexOf, type PreparedTenant } from './tenant';
import { buildIndex, type TenantIndex } from './tenant-index';

/** Why a holder takes a seat, per count kind: the vendor's own counting rule in one word. */
export type HolderReason =
  | 'login'
  | 'active-employee'
  | 'module'
  | 'active-team-unit'
  | 'active-team'
  | 'role';

/**
 * One seat a pool counts: who holds it and why, as the vendors' monthly seat exports list them; with the
 * user's name, e-mail and last activity, or the team's name, where the snapshot has them (v1.1 3).
 */
export interface SeatHolder extends Display {
  pool: string;
  poolLabel: string;
  kind: CountKind;
  holder: 'user' | 'employee' | 'team';
  id: string;
  reason: HolderReason;
}

const REASONS: Readonly<Record<CountKind, HolderReason>> = {
  logins: 'login',
  'active-employees': 'active-employee',
  module: 'module',
  teams: 'active-team-unit',
  'active-members': 'active-team',
  role: 'role',
};

type Holder = SeatHolder['holder'];
/** A user, employee or team of the snapshot: its id and whatever display fields it has. */
type Shown = Display & { id: string };

type Pool = TenantIndex['policy']['pools'][number];
type Visit = (holder: Holder, shown: Shown, pools: readonly number[]) => void;

/** Every user, employee and team of the snapshot with the pool indexes it takes a seat in, in snapshot order. */
function eachSeatTaker(index: TenantIndex, visit: Visit): void {
  for (const user of index.snapshot.users) visit('user', user, index.seats.user(user, index.facts));
  for (const employee of index.snapshot.employees)
    visit('employee', employee, index.seats.employee(employee));
  for (const team of index.snapshot.teams) visit('team', team, index.seats.team(team));
}

/** One holder's row of a pool. */
function holderRow(pool: Pool, [holder, shown]: [Holder, Shown]): SeatHolder {
  const row = {
    pool: pool.id,
    poolLabel: pool.label ?? pool.id,
    kind: pool.counts.kind,
    holder,
    id: shown.id,
    reason: REASONS[pool.counts.kind],
  };
  return withDisplay(row, shown);
}

/**
 * Every seat each pool counts from the snapshot's lists, with the holder and the reason, through the same
 * seat counter as evaluate(), and the holder's display fields. A vendor's own count (`snapshot.counts`) has no names, so it adds no rows.
 * Throws RulesInputError on invalid input.
 */
export function seatHolders(policy: PolicyInput, snapshot: SnapshotInput): SeatHolder[] {
  const index = buildIndex(parseInput(Policy, policy, 'policy'), parseSnapshot(snapshot));
  const byPool = index.policy.pools.map((): [Holder, Shown][] => []);
  eachSeatTaker(index, (holder, shown, pools) => {
    for (const p of pools) byPool[p]?.push([holder, shown]);
  });
  return index.policy.pools.flatMap((pool, i) => (byPool[i] ?? []).map((found) => holderRow(pool, found)));
}

/**
 * The seat holders of one pool of a prepared tenant, from the index it already holds: no second parse at
 * any size. Empty for a pool it does not have.
 */
export function poolHolders(prepared: PreparedTenant, poolId: string): SeatHolder[] {
  const index = indexOf(prepared);
  const i = index.policy.pools.findIndex((pool) => pool.id === poolId);
  const pool = index.policy.pools[i];
  if (!pool) return [];
  const found: [Holder, Shown][] = [];
  eachSeatTaker(index, (holder, shown, pools) => {
    if (pools.includes(i)) found.push([holder, shown]);
  });
  return found.map((one) => holderRow(pool, one));
}
