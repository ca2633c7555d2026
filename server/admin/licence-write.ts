import type { CostLine, Verdict } from '../../lib/rules';
import { orderSeats } from '../db/licence-writes';
import { seatWrite } from '../db/seat-write';
import type { Deps } from '../deps';
import { extraSeatCost } from './extra-seat-cost';

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** Sets a pool's purchased seats; lib/rules blocks going below use and dates it on the next invoice. */
export function setPurchasedSeats({ db, now }: Deps, tenant: string, poolId: string, purchased: number) {
  const at = now();
  return seatWrite(db, tenant, at, (facts) => ({
    change: { kind: 'set-purchased', pool: poolId, purchased },
    write: (verdict: Verdict) => {
      const cost = verdict.costs.find((c) => c.pool === poolId);
      const effective = verdict.reasons.find((r) => r.code === 'next-invoice')?.params.date;
      orderSeats(db, tenant, {
        pool: poolId,
        orderedOn: dayOf(at),
        purchasedBefore: facts.policy.pools.find((p) => p.id === poolId)?.purchased ?? 0,
        purchasedAfter: purchased,
        amount: cost?.amount ?? null,
        per: cost?.per ?? null,
        prorated: false,
        effective: String(effective ?? dayOf(at)),
        validTo: null,
      });
    },
  }));
}

/** Buys one extra seat of a pool from today, at the prorated price lib/rules gives (003_129daf66f7fe1fe3.txt). */
export function buyExtraSeat({ db, now }: Deps, tenant: string, poolId: string) {
  const at = now();
  let bought: CostLine | undefined;
  const result = seatWrite(db, tenant, at, (facts) => {
    const purchased = (facts.policy.pools.find((p) => p.id === poolId)?.purchased ?? 0) + 1;
    return {
      change: { kind: 'set-purchased', pool: poolId, purchased },
      write: () => {
        bought = extraSeatCost(facts, poolId, at.toISOString());
        orderSeats(db, tenant, {
          pool: poolId,
          orderedOn: dayOf(at),
          purchasedBefore: purchased - 1,
          purchasedAfter: purchased,
          amount: bought?.amount ?? null,
          per: bought?.per ?? null,
          prorated: bought?.prorated ?? false,
          effective: bought?.from ?? dayOf(at),
          validTo: bought?.to ?? null,
        });
      },
    };
  });
  return { ...result, bought };
}
