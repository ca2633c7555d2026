import type { Database } from 'better-sqlite3';
import type { Policy, Verdict } from '../../lib/rules';
import { orderSeats } from '../db/licence-writes';

/**
 * Orders the extra seats a confirmed verdict asks for, at the price of its cost line (prorated when
 * the contract ends within the term), dated today (003_129daf66f7fe1fe3.txt).
 */
export function buyNeededSeats(
  db: Database,
  tenant: string,
  policy: Policy,
  verdict: Verdict,
  today: string,
): void {
  for (const reason of verdict.reasons) {
    const pool = policy.pools.find((p) => p.id === reason.pool);
    if (reason.code !== 'needs-purchase' || !pool) continue;
    const cost = verdict.costs.find((c) => c.pool === pool.id);
    orderSeats(db, tenant, {
      pool: pool.id,
      orderedOn: today,
      purchasedBefore: pool.purchased,
      purchasedAfter: pool.purchased + Number(reason.params.seats ?? 0),
      amount: cost?.amount ?? null,
      per: cost?.per ?? null,
      prorated: cost?.prorated ?? false,
      effective: cost?.from ?? today,
      validTo: cost?.to ?? null,
    });
  }
}
