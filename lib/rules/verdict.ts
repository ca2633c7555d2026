import { fromDay, nextBoundary, toDay } from './dates';
import { countAfter } from './deltas';
import { isNear, levelOf, limitOf } from './levels';
import { purchaseLine, recurringLine } from './money';
import type { CostLine, Outcome, PoolChange, Reason, Verdict } from './results';
import type { Change, Policy, Pool } from './schemas';
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
function rising(policy: Policy, pool: Pool, after: number, delta: number, today: number, out: Findings) {
  const limit = limitOf(pool);
  const id = pool.id;
  if (limit !== null && after > limit) {
    if (pool.enforce === 'purchase') {
      const seats = after - limit;
      out.add('confirm', { code: 'needs-purchase', pool: id, params: { seats } });
      if (pool.price) out.costs.push(purchaseLine(policy, pool, pool.price, seats, today));
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
    out.costs.push(recurringLine(policy, pool, pool.price, delta, nextInvoice(policy, today)));
  }
}

function setPurchased(
  index: TenantIndex,
  poolIndex: number,
  purchased: number,
  today: number,
  out: Findings,
) {
  const { policy } = index;
  const pool = policy.pools[poolIndex] as Pool;
  const used = index.used[poolIndex] ?? 0;
  const limit = limitOf(pool, purchased);
  if (limit !== null && limit < used) {
    // A pot cannot drop below what is in use: remove users or their logins first (001_9c703775de6d48cc.txt).
    out.add('block', { code: 'below-usage', pool: pool.id, params: { used, purchased } });
    return;
  }
  // Raising or lowering takes effect on the next invoice, never retroactively (000_f86646bbf488b9ea.txt).
  const date = nextInvoice(policy, today);
  out.add('allow', { code: 'next-invoice', pool: pool.id, params: { date: fromDay(date) } });
  const seats = purchased - pool.purchased;
  if (pool.billing === 'purchased' && pool.price && seats !== 0) {
    out.costs.push(recurringLine(policy, pool, pool.price, seats, date));
  }
}

export function verdictOf(
  index: TenantIndex,
  change: Change,
  deltas: readonly number[],
  today: number,
): Verdict {
  const { policy } = index;
  const out = new Findings();
  const target = change.kind === 'set-purchased' ? policy.pools.findIndex((p) => p.id === change.pool) : -1;
  const pools: PoolChange[] = policy.pools.map((pool, i) => {
    const before = index.used[i] ?? 0;
    const after = countAfter(before, deltas[i] ?? 0);
    const delta = after - before;
    const limit =
      i === target && change.kind === 'set-purchased' ? limitOf(pool, change.purchased) : limitOf(pool);
    if (delta > 0) rising(policy, pool, after, delta, today, out);
    if (delta < 0) out.add('allow', { code: 'frees-seats', pool: pool.id, params: { seats: -delta } });
    return { id: pool.id, before, after, delta, limit, level: levelOf(after, limit, policy.warnAt) };
  });
  if (change.kind === 'set-purchased') setPurchased(index, target, change.purchased, today, out);
  else if (pools.every((p) => p.delta === 0)) out.add('allow', { code: 'no-seat-change', params: {} });
  return { outcome: out.outcome, pools, reasons: out.reasons, costs: out.costs };
}
