import type { Database } from 'better-sqlite3';
import { applyChanges, type ChangesInput, type Policy, type Snapshot, type Verdict } from '../../lib/rules';
import { currentFacts } from './current-facts';
import type { TenantFacts } from './facts';

/** A seat-changing write: the rules change (or batch, judged as one) it amounts to, and the rows to write once allowed. */
export interface SeatWrite {
  change: ChangesInput;
  /** Writes the rows; `after` is the tenant as lib/rules sees it once the change is applied. */
  write(verdict: Verdict, after: { policy: Policy; snapshot: Snapshot }): void;
  /** The admin agreed to buy the seats a `confirm` verdict asks for (003_129daf66f7fe1fe3.txt). */
  confirmed?: boolean;
}

export type SeatWriteResult = { done: boolean; verdict: Verdict };

/**
 * Reads the tenant, checks the change with lib/rules and writes only when it is allowed, all in one
 * immediate transaction so that two admins racing for the last seat cannot both get it.
 */
export function seatWrite(
  db: Database,
  tenant: string,
  now: Date,
  plan: (facts: TenantFacts) => SeatWrite,
): SeatWriteResult {
  const run = db.transaction((): SeatWriteResult => {
    // Inside the write lock, so the facts kept at this version are the facts the write changes.
    const current = currentFacts(db, tenant);
    // Routes resolve the tenant first and reset re-seeds in one transaction: a miss is a bug.
    if (!current) throw new Error(`tenant "${tenant}" vanished during a write`);
    const { facts, prepared } = current;
    const write = plan(facts);
    const verdict = prepared.check(write.change, { now: now.toISOString() });
    const refused = verdict.outcome === 'block' || (verdict.outcome === 'confirm' && !write.confirmed);
    if (!refused) write.write(verdict, applyChanges(prepared, write.change));
    return { done: !refused, verdict };
  });
  return run.immediate();
}
