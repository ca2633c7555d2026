import type { Level } from './results';
import type { Pool } from './schemas';

const EPSILON = 1e-9;
const RANK: Record<Level, number> = { ok: 0, near: 1, full: 2, over: 3 };

/** included + purchased, or null (no limit) for `none` pools. */
export function limitOf(pool: Pool, purchased = pool.purchased): number | null {
  return pool.enforce === 'none' ? null : pool.included + purchased;
}

export function isNear(used: number, limit: number, warnAt: number): boolean {
  // Tolerance so 0.7 × 10 counts 7 as near, not 7.000000000000001.
  return used >= warnAt * limit - EPSILON;
}

export function levelOf(used: number, limit: number | null, warnAt: number): Level {
  if (limit === null) return 'ok';
  if (used > limit) return 'over';
  if (used === limit) return 'full';
  return isNear(used, limit, warnAt) ? 'near' : 'ok';
}

export function worst(levels: readonly Level[]): Level {
  return levels.reduce<Level>((a, b) => (RANK[b] > RANK[a] ? b : a), 'ok');
}
