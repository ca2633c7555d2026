import type { ChangeInput, User, UserPatch, Verdict } from '../../lib/rules';
import { seatWrite } from '../db/seat-write';
import { deleteUser, saveUser } from '../db/user-writes';
import type { Deps } from '../deps';
import { buyNeededSeats } from './buy-seats';
import type { UserFormValues } from './forms';
import { hasErrors, newId, Rejected, type Rejection, unlessRejected } from './rejected';
import type { Site } from './sites/types';
import { referenceErrors } from './user-checks';

export type WriteOutcome = { done: boolean; verdict: Verdict } | Rejection;

function newUser(id: string, patch: UserPatch): User {
  return {
    id,
    login: patch.login ?? true,
    roles: patch.roles ?? [],
    teams: patch.teams ?? [],
    billable: patch.billable ?? true,
    ...(patch.employee ? { employee: patch.employee } : {}),
    ...(patch.profile ? { profile: patch.profile } : {}),
    ...(patch.validUntil ? { validUntil: patch.validUntil } : {}),
  };
}

/**
 * Creates (no userId) or updates a user from the vendor's form, in one checked transaction; with
 * consent, buys the extra seats the change needs first (003_129daf66f7fe1fe3.txt).
 */
export function writeUser(
  { db, now }: Deps,
  tenant: string,
  site: Site,
  values: UserFormValues,
  userId: string | undefined,
): WriteOutcome {
  const at = now();
  return unlessRejected(() =>
    seatWrite(db, tenant, at, (facts) => {
      if (userId && !facts.snapshot.users.some((u) => u.id === userId))
        throw new Rejected({ kind: 'missing' });
      const patch = site.patchOf(values);
      const errors = referenceErrors(patch, facts, userId, site.text.invalid.choice);
      if (hasErrors(errors)) throw new Rejected({ kind: 'invalid', errors });
      const id = userId ?? newId('u');
      const change: ChangeInput = userId
        ? { kind: 'update-user', id, set: patch }
        : { kind: 'add-user', user: newUser(id, patch) };
      return {
        change,
        confirmed: values.confirmPurchase,
        write: (verdict, after) => {
          buyNeededSeats(db, tenant, facts.policy, verdict, at.toISOString().slice(0, 10));
          const user = after.snapshot.users.find((u) => u.id === id);
          if (user) saveUser(db, tenant, user, { name: values.name, email: values.email });
        },
      };
    }),
  );
}

/** Deletes a user; it frees its seats, so the rules always allow it, but it is checked all the same. */
export function removeUser({ db, now }: Deps, tenant: string, userId: string): WriteOutcome {
  return unlessRejected(() =>
    seatWrite(db, tenant, now(), (facts) => {
      if (!facts.snapshot.users.some((u) => u.id === userId)) throw new Rejected({ kind: 'missing' });
      return { change: { kind: 'remove-user', id: userId }, write: () => deleteUser(db, tenant, userId) };
    }),
  );
}
