import type { Enforce, Verdict } from '../rules';

/** Money in one currency and one period, or null when the lines mix them. */
function sumOf(lines: Verdict['costs']): { amount: number; currency: string; per: 'month' | 'year' } | null {
  const [first] = lines;
  if (!first || lines.some((line) => line.currency !== first.currency || line.per !== first.per)) return null;
  return {
    amount: lines.reduce((sum, line) => sum + line.amount, 0),
    currency: first.currency,
    per: first.per,
  };
}

/** What confirming buys: the cost lines of the pools that need a purchase, when in one currency. */
export function purchaseTotal(verdict: Verdict): { amount: number; currency: string } | null {
  const pools = new Set(verdict.reasons.filter((r) => r.code === 'needs-purchase').map((r) => r.pool));
  const lines = verdict.costs.filter((line) => pools.has(line.pool));
  const currency = lines[0]?.currency;
  if (currency === undefined || lines.some((line) => line.currency !== currency)) return null;
  return { amount: lines.reduce((sum, line) => sum + line.amount, 0), currency };
}

/** A change that adds to the bill: a cost line that raises it (set-purchased up, usage added, a purchase). */
export function raisesBill(verdict: Verdict): boolean {
  return verdict.costs.some((line) => line.amount > 0);
}

/** What a recurring raise adds to each period, when its lines share a currency and period. */
export function recurringRaise(
  verdict: Verdict,
): { amount: number; currency: string; per: 'month' | 'year' } | null {
  const lines = verdict.costs.filter((line) => line.to === null);
  const total = lines.length === verdict.costs.length ? sumOf(lines) : null;
  return total && total.amount > 0 ? total : null;
}

/**
 * Which question a verdict asks, for its title: a limit that blocks, a purchase below what is in use, a
 * purchase to confirm, going over a warn pool's limit, a higher bill, reaching or nearing the limit, seats
 * freed under a limit, a lower bill (seats freed where no limit applies), or nothing in the way.
 */
export type VerdictCase =
  | 'limit'
  | 'below-usage'
  | 'purchase'
  | 'over'
  | 'cost'
  | 'full'
  | 'near'
  | 'frees'
  | 'lowers'
  | 'allow';

export function verdictCase(verdict: Verdict): VerdictCase {
  const has = (code: string) => verdict.reasons.some((r) => r.code === code);
  if (verdict.outcome === 'block') return has('over-limit') || !has('below-usage') ? 'limit' : 'below-usage';
  if (verdict.outcome === 'confirm') return 'purchase';
  if (has('over-limit')) return 'over';
  if (raisesBill(verdict) || has('adds-cost')) return 'cost';
  const near = verdict.reasons.filter((r) => r.code === 'near-limit');
  // The rules say near-limit also when the change takes the last free seat: that is the limit reached.
  if (near.some((r) => Number(r.params.after) >= Number(r.params.limit))) return 'full';
  if (near.length > 0) return 'near';
  if (!has('frees-seats')) return 'allow';
  // Seats of a pool without a limit make no room: what they change is the bill (Echometer, 002).
  const freed = new Set(verdict.reasons.filter((r) => r.code === 'frees-seats').map((r) => r.pool));
  const limited = verdict.pools.some((pool) => freed.has(pool.id) && pool.limit !== null);
  return limited ? 'frees' : 'lowers';
}

/** The enforcement behind a verdict, to say how the limit is raised; null when no limit is in the way. */
export function raiseOfVerdict(verdict: Verdict): Enforce | null {
  if (verdict.outcome === 'confirm') return 'purchase';
  // block also comes from below-usage, which no raise fixes; only over-limit names a full pool.
  if (!verdict.reasons.some((r) => r.code === 'over-limit')) return null;
  return verdict.outcome === 'block' ? 'block' : verdict.outcome === 'warn' ? 'warn' : null;
}
