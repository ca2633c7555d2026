import type { Enforce, Level, PoolReport, Report } from '../rules';
import type { SeatView } from './schema';

const RANK: Record<Level, number> = { ok: 0, near: 1, full: 2, over: 3 };

/** The pool with the worst level, the first one on a tie; undefined without pools. */
export function worstPool(report: Report): PoolReport | undefined {
  return report.pools.reduce<PoolReport | undefined>(
    (worst, pool) => (worst === undefined || RANK[pool.level] > RANK[worst.level] ? pool : worst),
    undefined,
  );
}

/** How to raise the limit of the worst pool, once any pool needs it. */
export function raiseOf(report: Report): Enforce | null {
  if (report.level === 'ok') return null;
  return worstPool(report)?.enforce ?? null;
}

/**
 * The suggestions a panel shows: dropping unused seats is offered only while a pool is at ease, since beside
 * "near the limit" it would read as a contradiction and leave no room (its free seats show as headroom).
 */
export function shownSuggestions(report: Report): Report['suggestions'] {
  const atEase = new Set(report.pools.filter((pool) => pool.level === 'ok').map((pool) => pool.id));
  return report.suggestions.filter((s) => s.kind !== 'unused-seats' || atEase.has(s.pool));
}

/** Pool id → count kind, for the vendor's ways out per kind. */
export function kindsOf(report: Report | undefined): Record<string, string> {
  return Object.fromEntries((report?.pools ?? []).map((pool) => [pool.id, pool.kind]));
}

/** Pool id → label, for texts that name a pool by id (verdicts, suggestions). */
export function labelsOf(report: Report | undefined): Record<string, string> {
  return Object.fromEntries((report?.pools ?? []).map((pool) => [pool.id, pool.label]));
}

/** Age of the shown data in ms at `now`; null when unknown. Clock skew never makes it negative. */
export function ageOf(view: SeatView, now: number): number | null {
  const at = view.fetchedAt ?? Date.parse(view.report?.asOf ?? '');
  return Number.isFinite(at) ? Math.max(0, now - at) : null;
}

/** Data kept while the latest fetch failed. */
export function isStale(view: SeatView): boolean {
  return view.status === 'error' && view.report !== undefined;
}
