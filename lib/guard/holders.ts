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

/** Per prepared tenant (one per snapshot): each user's valid-until, and each pool's holders per day. */
interface Memo {
  validUntil: Map<string, string | undefined>;
  pools: Map<string, PoolHolders>;
}

/** A 100k-seat pool takes tens of milliseconds to walk: once per snapshot and day, not on every submit. */
const memos = new WeakMap<PreparedTenant, Memo>();

function memoOf(prepared: PreparedTenant): Memo {
  let memo = memos.get(prepared);
  if (!memo) {
    const validUntil = new Map(
      prepared.snapshot.users.map((user) => [user.id, user.validUntil ?? undefined]),
    );
    memo = { validUntil, pools: new Map() };
    memos.set(prepared, memo);
  }
  return memo;
}

/** Who holds a pool's seats, least recently active first (the first `NAMED`), and how many they are. */
function poolHoldersOn(prepared: PreparedTenant, pool: string, today: string): PoolHolders {
  const memo = memoOf(prepared);
  const key = `${today}|${pool}`;
  const known = memo.pools.get(key);
  if (known) return known;
  const holders = poolHolders(prepared, pool);
  const items: SuggestionItem[] = leastActive(holders, (h) =>
    staleness(today, memo.validUntil.get(h.id), h.lastActiveAt),
  ).map(({ id, name, email, lastActiveAt }) => ({
    id,
    ...(name !== undefined && { name }),
    ...(email !== undefined && { email }),
    ...(lastActiveAt !== undefined && { lastActiveAt }),
  }));
  const found = { pool, count: holders.length, items };
  memo.pools.set(key, found);
  return found;
}

const dayOf = (now: number) => new Date(now).toISOString().slice(0, 10);

/**
 * For a change that is blocked at a limit or needs a purchase: who holds the pool's seats, least recently
 * active first, so the dialog can name whom to free a seat from instead (licensing.md: say how to free one).
 */
export function holdersFor(prepared: PreparedTenant, verdict: Verdict, now: number): PoolHolders[] {
  const pools = verdict.reasons
    .filter((r) => (r.code === 'over-limit' && verdict.outcome === 'block') || r.code === 'needs-purchase')
    .map((r) => r.pool)
    .filter((pool, i, all): pool is string => pool !== undefined && all.indexOf(pool) === i);
  const today = dayOf(now);
  return pools.map((pool) => poolHoldersOn(prepared, pool, today));
}

/**
 * Walks, ahead of any submit, the pools a change is likely to stop at: those at or past their warning level.
 * One pool per task, so the background keeps answering meanwhile; stops when `signal` aborts.
 */
export function warmHolders(prepared: PreparedTenant, now: number, signal?: AbortSignal): void {
  const today = dayOf(now);
  const pools = prepared
    .report({ now: new Date(now).toISOString() })
    .pools.filter((pool) => pool.level !== 'ok')
    .map((pool) => pool.id);
  const next = () => {
    const pool = pools.shift();
    if (pool === undefined || signal?.aborted) return;
    poolHoldersOn(prepared, pool, today);
    setTimeout(next, 0);
  };
  setTimeout(next, 0);
}
