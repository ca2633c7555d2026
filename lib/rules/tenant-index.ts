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
  /** Billable users with a login in no active team (002, Tipp); a vendor's own staff is not the customer's to remove. */
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
  readonly profiles: ReadonlyMap<string, ReadonlySet<string>>;
  readonly facts: Facts;
  readonly seats: SeatCounter;
  /** Reference lists the policy's models rely on ('profiles', 'teams'). */
  readonly needs: ReadonlySet<string>;
  readonly refs: Refs;
  /** Per pool, in policy order: seats counted from the lists. */
  readonly listUsed: readonly number[];
  /** Per pool: the vendor's own count when given (it wins), else the list count. */
  readonly used: readonly number[];
  readonly derived: Derived;
}

function factsOf(
  teams: ReadonlyMap<string, TeamEntry>,
  profiles: ReadonlyMap<string, ReadonlySet<string>>,
): Facts {
  return {
    isTeamActive: (id) => teams.get(id)?.team.archived === false,
    grants: (profile, module) => profile !== undefined && profiles.get(profile)?.has(module) === true,
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

/** What a user's references are checked against: the snapshot's lists, or a batch's draft of them. */
export interface Refs {
  needs: ReadonlySet<string>;
  hasTeam(id: string): boolean;
  hasProfile(id: string): boolean;
}

/** Throws when a user names a profile or team the snapshot lacks and a pool depends on it. */
export function checkUserRefs(
  refs: Refs,
  user: { profile?: string | null; teams?: readonly string[] },
  path: () => string,
): void {
  const { needs } = refs;
  if (needs.has('profiles') && user.profile != null && !refs.hasProfile(user.profile)) {
    throw new RulesInputError(`${path()}.profile`, `unknown profile "${user.profile}"`);
  }
  if (!needs.has('teams') || !user.teams) return;
  user.teams.forEach((team, i) => {
    if (!refs.hasTeam(team)) throw new RulesInputError(`${path()}.teams[${i}]`, `unknown team "${team}"`);
  });
}

function checkPolicy(policy: Policy): void {
  byId(policy.pools, 'policy.pools', () => true);
  const { start, end } = policy.contract;
  if (end !== undefined && end < start) {
    throw new RulesInputError('policy.contract.end', `ends (${end}) before it starts (${start})`);
  }
}

/** A user's teams, each once: a team listed twice is still one membership. */
export function distinctTeams(user: Pick<User, 'teams'>): readonly string[] {
  return user.teams.length < 2 ? user.teams : [...new Set(user.teams)];
}

/** Each team a user lists gets the user as a member; true when one of them is active. */
function addMember(teams: ReadonlyMap<string, TeamEntry>, user: User): boolean {
  let active = false;
  for (const id of distinctTeams(user)) {
    const entry = teams.get(id);
    if (!entry) continue;
    entry.members.push(user);
    active ||= !entry.team.archived;
  }
  return active;
}

/** A vendor's counts by pool id; a Map, so that ids like `constructor` find nothing they did not send. */
function vendorCounts(counts: Snapshot['counts']): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  if (counts) for (const key of Object.keys(counts)) map.set(key, counts[key] as number);
  return map;
}

export function buildIndex(policy: Policy, snapshot: Snapshot): TenantIndex {
  checkPolicy(policy);
  const users = byId(snapshot.users, 'snapshot.users', (user) => user);
  const employees = byId(snapshot.employees, 'snapshot.employees', (employee) => employee);
  const teams = byId(snapshot.teams, 'snapshot.teams', (team): TeamEntry => ({ team, members: [] }));
  const profiles = byId(
    snapshot.profiles,
    'snapshot.profiles',
    (profile): ReadonlySet<string> => new Set(profile.modules),
  );
  const facts = factsOf(teams, profiles);
  const seats = seatCounter(policy.pools, facts);
  const needs = neededLists(policy);
  const listUsed = policy.pools.map(() => 0);
  const derived: Derived = { inactiveMembers: [], emptyTeams: [], expiring: new Map() };
  const refs: Refs = { needs, hasTeam: (id) => teams.has(id), hasProfile: (id) => profiles.has(id) };
  const tally = (list: readonly number[]) => {
    for (const p of list) listUsed[p] = (listUsed[p] ?? 0) + 1;
  };
  snapshot.users.forEach((user, i) => {
    checkUserRefs(refs, user, () => `snapshot.users[${i}]`);
    const inActiveTeam = addMember(teams, user);
    if (user.login && user.billable && !inActiveTeam) derived.inactiveMembers.push(user.id);
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
  const counts = vendorCounts(snapshot.counts);
  const used = policy.pools.map((pool, i) => counts.get(pool.id) ?? listUsed[i] ?? 0);
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
    refs,
    listUsed,
    used,
    derived,
  };
}
