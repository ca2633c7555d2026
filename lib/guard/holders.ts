import { type PreparedTenant, poolHolders, type SuggestionItem, type Verdict } from '../rules';
import type { PoolHolders } from './decision';

/** How many holders a dialog can name; it shows three and counts the rest. */
const NAMED = 10;

/** Sorts first: a login already past its valid-until (001: it still holds its licence), then the least recently active. */
function staleness(today: string, validUntil: string | undefined, lastActiveAt: string | undefined): string {
  if (validUntil !== undefined && validUntil < today) return `0${validUntil}`;
  // No activity at all sorts before any date.
  return `1${lastActiveAt ?? ''}`;
}

/** The `NAMED` least active of a list, in one pass: a 100k-seat pool is never sorted whole. */
function leastActive<T>(items: Iterable<T>, key: (item: T) => string): T[] {
  const kept: [string, T][] = [];
  for (const item of items) {
    const k = key(item);
    if (kept.length === NAMED && k >= (kept.at(-1)?.[0] ?? '')) continue;
    const at = kept.findIndex(([other]) => k < other);
    kept.splice(at < 0 ? kept.length : at, 0, [k, item]);
    if (kept.length > NAMED) kept.pop();
  }
  return kept.map(([, item]) => item);
}

/**
 * For a change that is blocked at a limit or needs a purchase: who holds the pool's seats, least recently
 * active first, so the dialog can name whom to free a seat from instead (licensing.md: say how to free one).
 */
export function holdersFor(prepared: PreparedTenant, verdict: Verdict, now: number): PoolHolders[] {
  const pools = verdict.reasons
    .filter((r) => (r.code === 'over-limit' && verdict.outcome === 'block') || r.code === 'needs-purchase')
    .map((r) => r.pool)
    .filter((pool, i, all): pool is string => pool !== undefined && all.indexOf(pool) === i);
  if (pools.length === 0) return [];
  const today = new Date(now).toISOString().slice(0, 10);
  const validUntil = new Map(prepared.snapshot.users.map((user) => [user.id, user.validUntil]));
  return pools.map((pool) => {
    const holders = poolHolders(prepared, pool);
    const items: SuggestionItem[] = leastActive(holders, (h) =>
      staleness(today, validUntil.get(h.id) ?? undefined, h.lastActiveAt),
    ).map(({ id, name, email, lastActiveAt }) => ({
      id,
      ...(name !== undefined && { name }),
      ...(email !== undefined && { email }),
      ...(lastActiveAt !== undefined && { lastActiveAt }),
    }));
    return { pool, count: holders.length, items };
  });
}
