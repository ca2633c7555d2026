import type { Facts } from './models';
import type { Change, Employee, Policy, Pool, Team, User } from './schemas';
import { distinctTeams, type Refs, type TenantIndex } from './tenant-index';

/**
 * The tenant as the changes of a batch leave it, one change at a time, as overlays on the index: a change
 * costs what it touches, never a copy of the tenant (rules-api.md v1.1 5).
 */
export class Draft {
  /** Users added, replaced or removed (null) by the changes so far. */
  readonly users = new Map<string, User | null>();
  readonly employees = new Map<string, Employee>();
  /** Teams added or archived/restored so far. */
  readonly teams = new Map<string, Team>();
  /** Pool index → purchased seats set so far. */
  readonly purchased = new Map<number, number>();
  readonly facts: Facts;
  readonly refs: Refs;

  constructor(readonly index: TenantIndex) {
    this.facts = {
      isTeamActive: (id) => this.team(id)?.archived === false,
      grants: index.facts.grants,
    };
    this.refs = {
      needs: index.needs,
      hasTeam: (id) => this.team(id) !== undefined,
      hasProfile: index.refs.hasProfile,
    };
  }

  user(id: string): User | undefined {
    const changed = this.users.get(id);
    return changed === undefined ? this.index.users.get(id) : (changed ?? undefined);
  }

  hasEmployee(id: string): boolean {
    return this.employees.has(id) || this.index.employees.has(id);
  }

  team(id: string): Team | undefined {
    return this.teams.get(id) ?? this.index.teams.get(id)?.team;
  }

  /** The users who list a team now. */
  members(teamId: string): readonly User[] {
    const base = this.index.teams.get(teamId)?.members ?? [];
    if (this.users.size === 0) return base;
    const members = base.filter((user) => !this.users.has(user.id));
    for (const user of this.users.values()) {
      if (user && distinctTeams(user).includes(teamId)) members.push(user);
    }
    return members;
  }

  /** Records a change whose effect on the counts has been taken. */
  apply(change: Change): void {
    switch (change.kind) {
      case 'add-user':
        this.users.set(change.user.id, change.user);
        break;
      case 'remove-user':
        this.users.set(change.id, null);
        break;
      case 'update-user': {
        const user = this.user(change.id);
        if (user) this.users.set(change.id, patchedUser(user, change.set));
        break;
      }
      case 'add-employee':
        this.employees.set(change.employee.id, change.employee);
        break;
      case 'add-team':
        this.teams.set(change.team.id, change.team);
        break;
      case 'archive-team':
      case 'restore-team': {
        const team = this.team(change.id);
        if (team) this.teams.set(change.id, { ...team, archived: change.kind === 'archive-team' });
        break;
      }
      case 'set-purchased': {
        const pool = this.index.policy.pools.findIndex((p) => p.id === change.pool);
        this.purchased.set(pool, change.purchased);
        break;
      }
    }
  }

  /** The policy with the purchased seats set so far. */
  policy(): Policy {
    const { policy } = this.index;
    if (this.purchased.size === 0) return policy;
    const pools = policy.pools.map((pool, i): Pool => {
      const purchased = this.purchased.get(i);
      return purchased === undefined ? pool : { ...pool, purchased };
    });
    return { ...policy, pools };
  }
}

type UserPatch = Extract<Change, { kind: 'update-user' }>['set'];

/** The user an update-user change leaves behind; null clears a link or display field. */
export function patchedUser(user: User, set: UserPatch): User {
  const next: User = { ...user };
  if (set.login !== undefined) next.login = set.login;
  if (set.billable !== undefined) next.billable = set.billable;
  if (set.roles !== undefined) next.roles = set.roles;
  if (set.teams !== undefined) next.teams = set.teams;
  for (const key of ['employee', 'profile', 'validUntil', 'name', 'email', 'lastActiveAt'] as const) {
    const value = set[key];
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next;
}
