import { fromDay, nextBoundary, toDay } from './dates';
import type { BatchEffect } from './deltas';
import { isNear, levelOf, limitOf } from './levels';
import { purchaseLine, recurringLine } from './money';
import type { CostLine, Outcome, PoolChange, Reason, Verdict } from './results';
import type { Policy, Pool } from './schemas';
import type { TenantIndex } from './tenant-index';

const STRENGTH: Record<Outcome, number> = { allow: 0, warn: 1, confirm: 2, block: 3 };

/** Collects reasons and cost lines; the outcome is the strongest reason's. */
class Findings {
  outcome: Outcome = 'allow';
  readonly reasons: Reason[] = [];
  readonly costs: CostLine[] = [];

  add(outcome: Outcome, reason: Reason): void {
    this.reasons.push(reason);
    if (STRENGTH[outcome] > STRENGTH[this.outcome]) this.outcome = outcome;
  }
}

export function nextInvoice(policy: Policy, today: number): number {
  return nextBoundary(toDay(policy.contract.start), policy.contract.cycle, today);
}

/** Reasons for a pool whose count rises by `delta` to `after` (rules-api.md, Verdict). */
function rising(policy: Policy, i: number, after: number, delta: number, today: number, out: Findings) {
  const pool = policy.pools[i] as Pool;
  const limit = limitOf(pool);
  const id = pool.id;
  if (limit !== null && after > limit) {
    if (pool.enforce === 'purchase') {
      // A paid seat that is free is used first: `limit` counts it, so only the rest is bought (003).
      const seats = after - limit;
      out.add('confirm', { code: 'needs-purchase', pool: id, params: { seats } });
      if (pool.price) out.costs.push(purchaseLine(policy, pool, i, pool.price, seats, today));
    } else {
      out.add(pool.enforce === 'block' ? 'block' : 'warn', {
        code: 'over-limit',
        pool: id,
        params: { after, limit },
      });
    }
  } else if (limit !== null && isNear(after, limit, policy.warnAt)) {
    out.add('warn', { code: 'near-limit', pool: id, params: { after, limit } });
  }
  if (pool.billing === 'usage' && pool.price) {
    out.add('warn', { code: 'adds-cost', pool: id, params: { seats: delta } });
    out.costs.push(recurringLine(policy, pool, i, pool.price, delta, nextInvoice(policy, today)));
  }
}

/** A pool's purchased seats set from `was` to what `policy` now says, with `used` seats in use. */
function setPurchased(policy: Policy, i: number, was: number, used: number, today: number, out: Findings) {
  const pool = policy.pools[i] as Pool;
  const limit = limitOf(pool);
  if (limit !== null && limit < used) {
    // A pot cannot drop below what is in use: remove users or their logins first (001_9c703775de6d48cc.txt).
    out.add('block', { code: 'below-usage', pool: pool.id, params: { used, purchased: pool.purchased } });
    return;
  }
  // Raising or lowering takes effect on the next invoice, never retroactively (000_f86646bbf488b9ea.txt).
  const date = nextInvoice(policy, today);
  out.add('allow', { code: 'next-invoice', pool: pool.id, params: { date: fromDay(date) } });
  const seats = pool.purchased - was;
  if (pool.billing === 'purchased' && pool.price && seats !== 0) {
    out.costs.push(recurringLine(policy, pool, i, pool.price, seats, date));
  }
}

/** One verdict for the combined effect of a batch: `before` as the tenant is, `after` as it leaves it. */
export function verdictOf(index: TenantIndex, effect: BatchEffect, today: number): Verdict {
  const policy = effect.draft.policy();
  const out = new Findings();
  const pools: PoolChange[] = policy.pools.map((pool, i) => {
    const before = index.used[i] ?? 0;
    const after = effect.after[i] ?? 0;
    const delta = after - before;
    const limit = limitOf(pool);
    if (delta > 0) rising(policy, i, after, delta, today, out);
    if (delta < 0) out.add('allow', { code: 'frees-seats', pool: pool.id, params: { seats: -delta } });
    return { id: pool.id, before, after, delta, limit, level: levelOf(after, limit, policy.warnAt) };
  });
  for (const i of effect.purchased) {
    const was = index.policy.pools[i]?.purchased ?? 0;
    setPurchased(policy, i, was, effect.after[i] ?? 0, today, out);
  }
  if (effect.purchased.length === 0 && pools.every((p) => p.delta === 0)) {
    out.add('allow', { code: 'no-seat-change', params: {} });
  }
  return { outcome: out.outcome, pools, reasons: out.reasons, costs: out.costs };
}
