import { seatWrite } from '../db/seat-write';
import { insertTeam, setTeamArchived } from '../db/team-writes';
import type { Deps } from '../deps';
import { newId, Rejected, unlessRejected } from './rejected';
import type { WriteOutcome } from './user-write';

/** A new active team: one more billed unit on a team licence (002_09172fccc52b2d64.txt). */
export function createTeam({ db, now }: Deps, tenant: string, name: string): WriteOutcome {
  const id = newId('t');
  return seatWrite(db, tenant, now(), () => ({
    change: { kind: 'add-team', team: { id, archived: false } },
    write: () => insertTeam(db, tenant, id, name),
  }));
}

/** Archives or restores a team; its members stay listed and count again once it is restored. */
export function setTeamState({ db, now }: Deps, tenant: string, id: string, archived: boolean): WriteOutcome {
  return unlessRejected(() =>
    seatWrite(db, tenant, now(), (facts) => {
      if (!facts.snapshot.teams.some((t) => t.id === id)) throw new Rejected({ kind: 'missing' });
      return {
        change: { kind: archived ? 'archive-team' : 'restore-team', id },
        write: () => setTeamArchived(db, tenant, id, archived),
      };
    }),
  );
}
