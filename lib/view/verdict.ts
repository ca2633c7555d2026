import type { Enforce, Verdict } from '../rules';

/** What confirming buys: the cost lines of the pools that need a purchase, when in one currency. */
export function purchaseTotal(verdict: Verdict): { amount: number; currency: string } | null {
  const pools = new Set(verdict.reasons.filter((r) => r.code === 'needs-purchase').map((r) => r.pool));
  const lines = verdict.costs.filter((line) => pools.has(line.pool));
  const currency = lines[0]?.currency;
  if (currency === undefined || lines.some((line) => line.currency !== currency)) return null;
  return { amount: lines.reduce((sum, line) => sum + line.amount, 0), currency };
}

/** The enforcement behind a verdict, to say how the limit is raised; null when no limit is in the way. */
export function raiseOfVerdict(verdict: Verdict): Enforce | null {
  if (verdict.outcome === 'confirm') return 'purchase';
  // block also comes from below-usage, which no raise fixes; only over-limit names a full pool.
  if (!verdict.reasons.some((r) => r.code === 'over-limit')) return null;
  return verdict.outcome === 'block' ? 'block' : verdict.outcome === 'warn' ? 'warn' : null;
}
