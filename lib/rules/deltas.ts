import { Draft, patchedUser } from './draft';
import { RulesInputError } from './errors';
import type { Facts } from './models';
import type { Change, User } from './schemas';
import { checkUserRefs, type TenantIndex, withTeamState } from './tenant-index';

type Tally = (seats: readonly number[], sign: 1 | -1) => void;

function existingUser(draft: Draft, id: string, path: string): User {
  const user = draft.user(id);
  if (!user) throw new RulesInputError(`${path}.id`, `unknown user "${id}"`);
  return user;
}

/** Archiving or restoring one team: the team itself and only its members are recounted. */
function teamStateChange(draft: Draft, id: string, active: boolean, path: string, tally: Tally): void {
  const team = draft.team(id);
  if (!team) throw new RulesInputError(`${path}.id`, `unknown team "${id}"`);
  if (team.archived === !active) return;
  const { seats } = draft.index;
  const { facts } = draft;
  tally(seats.team(team), -1);
  tally(seats.team({ ...team, archived: !active }), 1);
  const after: Facts = withTeamState(facts, id, active);
  for (const user of draft.members(id)) {
    tally(seats.user(user, facts), -1);
    tally(seats.user(user, after), 1);
  }
}

function takeDeltas(draft: Draft, change: Change, path: string, tally: Tally): void {
  const { seats, policy } = draft.index;
  const { facts } = draft;
  switch (change.kind) {
    case 'add-user':
      if (draft.user(change.user.id)) {
        throw new RulesInputError(`${path}.user.id`, `user "${change.user.id}" already exists`);
      }
      checkUserRefs(draft.refs, change.user, () => `${path}.user`);
      tally(seats.user(change.user, facts), 1);
      break;
    case 'remove-user':
      tally(seats.user(existingUser(draft, change.id, path), facts), -1);
      break;
    case 'update-user': {
      const user = existingUser(draft, change.id, path);
      checkUserRefs(draft.refs, change.set, () => `${path}.set`);
      tally(seats.user(user, facts), -1);
      tally(seats.user(patchedUser(user, change.set), facts), 1);
      break;
    }
    case 'add-employee':
      if (draft.hasEmployee(change.employee.id)) {
        throw new RulesInputError(`${path}.employee.id`, `employee "${change.employee.id}" already exists`);
      }
      tally(seats.employee(change.employee), 1);
      break;
    case 'add-team':
      if (draft.team(change.team.id)) {
        throw new RulesInputError(`${path}.team.id`, `team "${change.team.id}" already exists`);
      }
      tally(seats.team(change.team), 1);
      break;
    case 'archive-team':
      teamStateChange(draft, change.id, false, path, tally);
      break;
    case 'restore-team':
      teamStateChange(draft, change.id, true, path, tally);
      break;
    case 'set-purchased':
      if (!policy.pools.some((pool) => pool.id === change.pool)) {
        throw new RulesInputError(`${path}.pool`, `unknown pool "${change.pool}"`);
      }
      break;
  }
}

/** A count after a change: a vendor's count below what the lists show never goes under zero. */
export function countAfter(used: number, delta: number): number {
  return Math.max(0, used + delta);
}

/** What a batch of changes does, applied in order: each pool's count after it, and the draft it leaves. */
export interface BatchEffect {
  /** Per pool, in policy order: the count after the last change (each step clamped at zero). */
  after: number[];
  /** Pool indices a set-purchased change targets, in the order first named. */
  purchased: number[];
  draft: Draft;
}

/**
 * Applies the changes one by one to a draft of the tenant; throws at the first that names an unknown id.
 * `pathOf(i)` names change i in errors (`change`, or `change[2]` in a batch).
 */
export function batchEffect(
  index: TenantIndex,
  changes: readonly Change[],
  pathOf: (i: number) => string,
): BatchEffect {
  const draft = new Draft(index);
  const after = [...index.used];
  changes.forEach((change, i) => {
    const deltas = index.policy.pools.map(() => 0);
    takeDeltas(draft, change, pathOf(i), (seats, sign) => {
      for (const p of seats) deltas[p] = (deltas[p] ?? 0) + sign;
    });
    deltas.forEach((delta, p) => {
      after[p] = countAfter(after[p] ?? 0, delta);
    });
    draft.apply(change);
  });
  return { after, purchased: [...draft.purchased.keys()], draft };
}
