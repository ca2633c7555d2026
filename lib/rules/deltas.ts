import { RulesInputError } from './errors';
import type { Facts } from './models';
import type { Change, User } from './schemas';
import { checkUserRefs, type TenantIndex, withTeamState } from './tenant-index';

type Tally = (seats: readonly number[], sign: 1 | -1) => void;

function existingUser(index: TenantIndex, id: string): User {
  const user = index.users.get(id);
  if (!user) throw new RulesInputError('change.id', `unknown user "${id}"`);
  return user;
}

/** The user an update-user change leaves behind; null clears an optional link. */
export function patchedUser(user: User, set: Extract<Change, { kind: 'update-user' }>['set']): User {
  const next: User = { ...user };
  if (set.login !== undefined) next.login = set.login;
  if (set.roles !== undefined) next.roles = set.roles;
  if (set.teams !== undefined) next.teams = set.teams;
  for (const key of ['employee', 'profile', 'validUntil'] as const) {
    const value = set[key];
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next;
}

/** Archiving or restoring one team: the team itself and only its members are recounted. */
function teamStateChange(index: TenantIndex, id: string, active: boolean, tally: Tally): void {
  const entry = index.teams.get(id);
  if (!entry) throw new RulesInputError('change.id', `unknown team "${id}"`);
  const { team, members } = entry;
  if (team.archived === !active) return;
  const { seats, facts } = index;
  tally(seats.team(team), -1);
  tally(seats.team({ ...team, archived: !active }), 1);
  const after: Facts = withTeamState(facts, id, active);
  for (const user of members) {
    tally(seats.user(user, facts), -1);
    tally(seats.user(user, after), 1);
  }
}

function applyDeltas(index: TenantIndex, change: Change, tally: Tally): void {
  const { seats, facts } = index;
  switch (change.kind) {
    case 'add-user':
      if (index.users.has(change.user.id)) {
        throw new RulesInputError('change.user.id', `user "${change.user.id}" already exists`);
      }
      checkUserRefs(index, change.user, () => 'change.user');
      tally(seats.user(change.user, facts), 1);
      break;
    case 'remove-user':
      tally(seats.user(existingUser(index, change.id), facts), -1);
      break;
    case 'update-user': {
      const user = existingUser(index, change.id);
      checkUserRefs(index, change.set, () => 'change.set');
      tally(seats.user(user, facts), -1);
      tally(seats.user(patchedUser(user, change.set), facts), 1);
      break;
    }
    case 'add-employee':
      if (index.employees.has(change.employee.id)) {
        throw new RulesInputError('change.employee.id', `employee "${change.employee.id}" already exists`);
      }
      tally(seats.employee(change.employee), 1);
      break;
    case 'add-team':
      if (index.teams.has(change.team.id)) {
        throw new RulesInputError('change.team.id', `team "${change.team.id}" already exists`);
      }
      tally(seats.team(change.team), 1);
      break;
    case 'archive-team':
      teamStateChange(index, change.id, false, tally);
      break;
    case 'restore-team':
      teamStateChange(index, change.id, true, tally);
      break;
    case 'set-purchased':
      if (!index.policy.pools.some((pool) => pool.id === change.pool)) {
        throw new RulesInputError('change.pool', `unknown pool "${change.pool}"`);
      }
      break;
  }
}

/** A count after a change: a vendor's count below what the lists show never goes under zero. */
export function countAfter(used: number, delta: number): number {
  return Math.max(0, used + delta);
}

/** Per pool, in policy order: how many seats the change adds (negative: frees), from the lists. */
export function changeDeltas(index: TenantIndex, change: Change): number[] {
  const deltas = index.policy.pools.map(() => 0);
  applyDeltas(index, change, (seats, sign) => {
    for (const p of seats) deltas[p] = (deltas[p] ?? 0) + sign;
  });
  return deltas;
}
