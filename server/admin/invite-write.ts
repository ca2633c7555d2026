import type { ChangeInput } from '../../lib/rules';
import { seatWrite } from '../db/seat-write';
import { saveUser } from '../db/user-writes';
import type { Deps } from '../deps';
import { buyNeededSeats } from './buy-seats';
import { nameFromEmail } from './invitees';
import { hasErrors, newId, Rejected, unlessRejected } from './rejected';
import type { InviteText } from './sites/types';
import { referenceErrors } from './user-checks';
import type { WriteOutcome } from './user-write';

/** Who is invited, with which role, and whether the admin agreed to buy the seats it needs. */
export interface Invite {
  role: string;
  /** Valid, distinct addresses (addressesOf). */
  addresses: readonly string[];
  confirmed: boolean;
}

interface Words {
  choice: string;
  taken: InviteText['invalid']['taken'];
}

/**
 * Creates every invited user in one checked transaction. lib/rules judges the batch as one, so the sum
 * fits, or is bought at once with consent (one order, 003_129daf66f7fe1fe3.txt), or nothing is written.
 */
export function inviteUsers({ db, now }: Deps, tenant: string, words: Words, invite: Invite): WriteOutcome {
  const at = now();
  return unlessRejected(() =>
    seatWrite(db, tenant, at, (facts) => {
      const errors = referenceErrors({ roles: [invite.role] }, facts, undefined, words.choice);
      const known = new Set(facts.snapshot.users.map((u) => u.email?.toLowerCase()));
      const taken = invite.addresses.filter((address) => known.has(address.toLowerCase()));
      if (taken.length > 0) errors.emails = words.taken(taken);
      if (hasErrors(errors)) throw new Rejected({ kind: 'invalid', errors });
      const people = invite.addresses.map((email) => ({ id: newId('u'), name: nameFromEmail(email), email }));
      const change = people.map(
        (person): ChangeInput => ({ kind: 'add-user', user: { ...person, roles: [invite.role] } }),
      );
      return {
        change,
        confirmed: invite.confirmed,
        write: (verdict, after) => {
          buyNeededSeats(db, tenant, facts.policy, verdict, at.toISOString().slice(0, 10));
          const users = new Map(after.snapshot.users.map((u) => [u.id, u]));
          for (const { id, name, email } of people) {
            const user = users.get(id);
            if (user) saveUser(db, tenant, user, { name, email });
          }
        },
      };
    }),
  );
}
