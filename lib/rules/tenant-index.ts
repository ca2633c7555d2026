import { RulesInputError } from './errors';
import { type Facts, modelFor } from './models';
import type { Employee, Policy, Snapshot, Team, User } from './schemas';
import { type SeatCounter, seatCounter } from './seats';

/** A team and the users who list it, so archiving a team touches its members only. */
export interface TeamEntry {
  team: Team;
  members: User[];
}

/** What report() needs beyond the counts, gathered in the same pass as the index. */
export interface Derived {
  /** Users with a login in no active team (002, Tipp). */
  inactiveMembers: string[];
  /** Active teams nobody lists. */
  emptyTeams: string[];
  /** Per pool index: seat holders with a valid-until date, as [id, YYYY-MM-DD]. */
  expiring: Map<number, [string, string][]>;
}

/** A parsed tenant with its lookups and list counts, built once and read by report and check. */
export interface TenantIndex {
  readonly policy: Policy;
  readonly snapshot: Snapshot;
  readonly users: ReadonlyMap<string, User>;
  readonly employees: ReadonlyMap<string, Employee>;
  readonly teams: ReadonlyMap<string, TeamEntry>;
  readonly profiles: ReadonlyMap<string, readonly string[]>;
  readonly facts: Facts;
  readonly seats: SeatCounter;
  /** Reference lists the policy's models rely on ('profiles', 'teams'). */
  readonly needs: ReadonlySet<string>;
  /** Per pool, in policy order: seats counted from the lists. */
  readonly listUsed: readonly number[];
  /** Per pool: the vendor's own count when given (it wins), else the list count. */
  readonly used: readonly number[];
  readonly derived: Derived;
}

const NO_MODULES: readonly string[] = [];

function factsOf(
  teams: ReadonlyMap<string, TeamEntry>,
  profiles: ReadonlyMap<string, readonly string[]>,
): Facts {
  return {
    isTeamActive: (id) => teams.get(id)?.team.archived === false,
    modulesOf: (profile) => (profile === undefined ? NO_MODULES : (profiles.get(profile) ?? NO_MODULES)),
  };
}

/** Facts as they would be with one team's archived flag changed. */
export function withTeamState(facts: Facts, teamId: string, active: boolean): Facts {
  return { ...facts, isTeamActive: (id) => (id === teamId ? active : facts.isTeamActive(id)) };
}

function byId<T extends { id: string }, V>(
  items: readonly T[],
  path: string,
  value: (item: T) => V,
): Map<string, V> {
  const map = new Map<string, V>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    if (map.has(item.id)) throw new RulesInputError(`${path}[${i}].id`, `duplicate id "${item.id}"`);
    map.set(item.id, value(item));
  }
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
  path: () => string,
): void {
  const { needs } = index;
  if (needs.has('profiles') && user.profile != null && !index.profiles.has(user.profile)) {
    throw new RulesInputError(`${path()}.profile`, `unknown profile "${user.profile}"`);
  }
  if (!needs.has('teams') || !user.teams) return;
  user.teams.forEach((team, i) => {
    if (!index.teams.has(team)) throw new RulesInputError(`${path()}.teams[${i}]`, `unknown team "${team}"`);
  });
}

function checkPolicy(policy: Policy): void {
  byId(policy.pools, 'policy.pools', () => true);
  const { start, end } = policy.contract;
  if (end !== undefined && end < start) {
    throw new RulesInputError('policy.contract.end', `ends (${end}) before it starts (${start})`);
  }
}

/** Each team a user lists, once, gets the user as a member (a team listed twice is still one membership). */
function addMember(teams: ReadonlyMap<string, TeamEntry>, user: User): boolean {
  let active = false;
  for (let i = 0; i < user.teams.length; i++) {
    const id = user.teams[i] as string;
    const entry = teams.get(id);
    if (!entry || user.teams.indexOf(id) !== i) continue;
    entry.members.push(user);
    active ||= !entry.team.archived;
  }
  return active;
}

export function buildIndex(policy: Policy, snapshot: Snapshot): TenantIndex {
  checkPolicy(policy);
  const users = byId(snapshot.users, 'snapshot.users', (user) => user);
  const employees = byId(snapshot.employees, 'snapshot.employees', (employee) => employee);
  const teams = byId(snapshot.teams, 'snapshot.teams', (team): TeamEntry => ({ team, members: [] }));
  const profiles = byId(
    snapshot.profiles,
    'snapshot.profiles',
    (profile): readonly string[] => profile.modules,
  );
  const facts = factsOf(teams, profiles);
  const seats = seatCounter(policy.pools, facts);
  const needs = neededLists(policy);
  const listUsed = policy.pools.map(() => 0);
  const derived: Derived = { inactiveMembers: [], emptyTeams: [], expiring: new Map() };
  const refs = { needs, teams, profiles };
  const tally = (list: readonly number[]) => {
    for (const p of list) listUsed[p] = (listUsed[p] ?? 0) + 1;
  };
  snapshot.users.forEach((user, i) => {
    checkUserRefs(refs, user, () => `snapshot.users[${i}]`);
    const inActiveTeam = addMember(teams, user);
    if (user.login && !inActiveTeam) derived.inactiveMembers.push(user.id);
    const held = seats.user(user, facts);
    tally(held);
    if (user.validUntil === undefined) return;
    for (const p of held) {
      const list = derived.expiring.get(p) ?? [];
      list.push([user.id, user.validUntil]);
      derived.expiring.set(p, list);
    }
  });
  for (const employee of snapshot.employees) tally(seats.employee(employee));
  for (const { team, members } of teams.values()) {
    tally(seats.team(team));
    if (!team.archived && members.length === 0) derived.emptyTeams.push(team.id);
  }
  const used = policy.pools.map((pool, i) => snapshot.counts?.[pool.id] ?? listUsed[i] ?? 0);
  return {
    policy,
    snapshot,
    users,
    employees,
    teams,
    profiles,
    facts,
    seats,
    needs,
    listUsed,
    used,
    derived,
  };
}
