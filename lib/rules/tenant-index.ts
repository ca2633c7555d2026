import { RulesInputError } from './errors';
import { type Facts, modelFor } from './models';
import type { Employee, Policy, Pool, Snapshot, Team, User } from './schemas';

/** A parsed tenant with its lookups and list counts, built once and read by report and check. */
export interface TenantIndex {
  readonly policy: Policy;
  readonly snapshot: Snapshot;
  readonly users: ReadonlyMap<string, User>;
  readonly employees: ReadonlyMap<string, Employee>;
  readonly teams: ReadonlyMap<string, Team>;
  readonly profiles: ReadonlyMap<string, readonly string[]>;
  /** Team id → the users who list it, so archiving a team touches its members only. */
  readonly members: ReadonlyMap<string, readonly User[]>;
  readonly facts: Facts;
  /** Reference lists the policy's models rely on ('profiles', 'teams'). */
  readonly needs: ReadonlySet<string>;
  /** Per pool, in policy order: seats counted from the lists. */
  readonly listUsed: readonly number[];
  /** Per pool: the vendor's own count when given (it wins), else the list count. */
  readonly used: readonly number[];
}

const NO_MODULES: readonly string[] = [];

export function factsOf(
  teams: ReadonlyMap<string, Team>,
  profiles: ReadonlyMap<string, readonly string[]>,
): Facts {
  return {
    isTeamActive: (id) => teams.get(id)?.archived === false,
    modulesOf: (profile) => (profile === undefined ? NO_MODULES : (profiles.get(profile) ?? NO_MODULES)),
  };
}

/** Facts as they would be with one team's archived flag changed. */
export function withTeamState(facts: Facts, teamId: string, active: boolean): Facts {
  return { ...facts, isTeamActive: (id) => (id === teamId ? active : facts.isTeamActive(id)) };
}

/** Pool indices where a user takes a seat; a user without a login takes none. */
export function userSeats(pools: readonly Pool[], user: User, facts: Facts): number[] {
  const seats: number[] = [];
  if (!user.login) return seats;
  const seated = new Set<string>();
  pools.forEach((pool, i) => {
    const model = modelFor(pool.counts);
    if (model.subject !== 'user' || !model.takes(pool.counts, user, facts)) return;
    if (model.exclusive) {
      if (seated.has(model.kind)) return;
      seated.add(model.kind);
    }
    seats.push(i);
  });
  return seats;
}

export function employeeSeats(pools: readonly Pool[], employee: Employee): number[] {
  const seats: number[] = [];
  pools.forEach((pool, i) => {
    const model = modelFor(pool.counts);
    if (model.subject === 'employee' && model.takes(pool.counts, employee)) seats.push(i);
  });
  return seats;
}

export function teamSeats(pools: readonly Pool[], team: Team): number[] {
  const seats: number[] = [];
  pools.forEach((pool, i) => {
    const model = modelFor(pool.counts);
    if (model.subject === 'team' && model.takes(pool.counts, team)) seats.push(i);
  });
  return seats;
}

function byId<T extends { id: string }>(items: readonly T[], path: string): Map<string, T> {
  const map = new Map<string, T>();
  items.forEach((item, i) => {
    if (map.has(item.id)) throw new RulesInputError(`${path}[${i}].id`, `duplicate id "${item.id}"`);
    map.set(item.id, item);
  });
  return map;
}

/** Which reference lists the policy's models rely on. */
function neededLists(policy: Policy): ReadonlySet<string> {
  const needs = new Set<string>();
  for (const pool of policy.pools) {
    const model = modelFor(pool.counts);
    if (model.subject === 'user' && model.needs) needs.add(model.needs);
  }
  return needs;
}

/** Throws when a user names a profile or team the snapshot lacks and a pool depends on it. */
export function checkUserRefs(
  index: Pick<TenantIndex, 'needs' | 'teams' | 'profiles'>,
  user: { profile?: string | null; teams?: readonly string[] },
  path: string,
): void {
  const { needs } = index;
  if (needs.has('profiles') && user.profile != null && !index.profiles.has(user.profile)) {
    throw new RulesInputError(`${path}.profile`, `unknown profile "${user.profile}"`);
  }
  if (!needs.has('teams')) return;
  user.teams?.forEach((team, i) => {
    if (!index.teams.has(team)) throw new RulesInputError(`${path}.teams[${i}]`, `unknown team "${team}"`);
  });
}

function checkPools(policy: Policy): void {
  byId(policy.pools, 'policy.pools');
  const { start, end } = policy.contract;
  if (end !== undefined && end < start) {
    throw new RulesInputError('policy.contract.end', `ends (${end}) before it starts (${start})`);
  }
}

export function buildIndex(policy: Policy, snapshot: Snapshot): TenantIndex {
  checkPools(policy);
  const users = byId(snapshot.users, 'snapshot.users');
  const employees = byId(snapshot.employees, 'snapshot.employees');
  const teams = byId(snapshot.teams, 'snapshot.teams');
  const profiles = new Map<string, readonly string[]>();
  for (const [id, profile] of byId(snapshot.profiles, 'snapshot.profiles')) profiles.set(id, profile.modules);
  const facts = factsOf(teams, profiles);
  const listUsed = policy.pools.map(() => 0);
  const members = new Map<string, User[]>();
  const needs = neededLists(policy);
  const refs = { needs, teams, profiles };
  snapshot.users.forEach((user, i) => {
    checkUserRefs(refs, user, `snapshot.users[${i}]`);
    for (const team of user.teams) {
      const list = members.get(team);
      if (list) list.push(user);
      else members.set(team, [user]);
    }
    for (const p of userSeats(policy.pools, user, facts)) listUsed[p] = (listUsed[p] ?? 0) + 1;
  });
  for (const employee of snapshot.employees) {
    for (const p of employeeSeats(policy.pools, employee)) listUsed[p] = (listUsed[p] ?? 0) + 1;
  }
  for (const team of snapshot.teams) {
    for (const p of teamSeats(policy.pools, team)) listUsed[p] = (listUsed[p] ?? 0) + 1;
  }
  const used = policy.pools.map((pool, i) => snapshot.counts?.[pool.id] ?? listUsed[i] ?? 0);
  return { policy, snapshot, users, employees, teams, profiles, members, facts, needs, listUsed, used };
}
