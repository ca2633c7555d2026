import { RulesInputError } from './errors';
import type { Facts } from './models';
import type { Change, User } from './schemas';
import {
  checkUserRefs,
  employeeSeats,
  type TenantIndex,
  teamSeats,
  userSeats,
  withTeamState,
} from './tenant-index';

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
  const team = index.teams.get(id);
  if (!team) throw new RulesInputError('change.id', `unknown team "${id}"`);
  if (team.archived === !active) return;
  const { pools } = index.policy;
  tally(teamSeats(pools, team), -1);
  tally(teamSeats(pools, { ...team, archived: !active }), 1);
  const after: Facts = withTeamState(index.facts, id, active);
  for (const user of index.members.get(id) ?? []) {
    tally(userSeats(pools, user, index.facts), -1);
    tally(userSeats(pools, user, after), 1);
  }
}

function applyDeltas(index: TenantIndex, change: Change, tally: Tally): void {
  const { pools } = index.policy;
  switch (change.kind) {
    case 'add-user':
      if (index.users.has(change.user.id)) {
        throw new RulesInputError('change.user.id', `user "${change.user.id}" already exists`);
      }
      checkUserRefs(index, change.user, 'change.user');
      tally(userSeats(pools, change.user, index.facts), 1);
      break;
    case 'remove-user':
      tally(userSeats(pools, existingUser(index, change.id), index.facts), -1);
      break;
    case 'update-user': {
      const user = existingUser(index, change.id);
      checkUserRefs(index, change.set, 'change.set');
      tally(userSeats(pools, user, index.facts), -1);
      tally(userSeats(pools, patchedUser(user, change.set), index.facts), 1);
      break;
    }
    case 'add-employee':
      if (index.employees.has(change.employee.id)) {
        throw new RulesInputError('change.employee.id', `employee "${change.employee.id}" already exists`);
      }
      tally(employeeSeats(pools, change.employee), 1);
      break;
    case 'add-team':
      if (index.teams.has(change.team.id)) {
        throw new RulesInputError('change.team.id', `team "${change.team.id}" already exists`);
      }
      tally(teamSeats(pools, change.team), 1);
      break;
    case 'archive-team':
      teamStateChange(index, change.id, false, tally);
      break;
    case 'restore-team':
      teamStateChange(index, change.id, true, tally);
      break;
    case 'set-purchased':
      if (!pools.some((pool) => pool.id === change.pool)) {
        throw new RulesInputError('change.pool', `unknown pool "${change.pool}"`);
      }
      break;
  }
}

/** Per pool, in policy order: how many seats the change adds (negative: frees). */
export function changeDeltas(index: TenantIndex, change: Change): number[] {
  const deltas = index.policy.pools.map(() => 0);
  applyDeltas(index, change, (seats, sign) => {
    for (const p of seats) deltas[p] = (deltas[p] ?? 0) + sign;
  });
  return deltas;
}
