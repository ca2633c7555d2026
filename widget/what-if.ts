import { check, type PoolReport, type PreparedTenant, type Verdict } from '../lib/rules';

const TEAM = 'seatguard-what-if';

/** Most extra seats the control asks about; more says nothing new and only costs time. */
export const MAX_EXTRA = 1000;

/** The verdict on `extra` more seats in one pool, from the tenant's own policy; nothing is written anywhere. */
export function whatIf(
  prepared: PreparedTenant,
  pool: PoolReport,
  extra: number,
  now: string,
): Verdict | null {
  const own = prepared.policy.pools.find((p) => p.id === pool.id);
  if (!own || extra <= 0) return null;
  // The pool alone, its new seats the members of one archived team: restoring that team adds exactly `extra`
  // seats, enforced and priced as the real pool, on top of its current count.
  const policy = { ...prepared.policy, pools: [{ ...own, counts: { kind: 'active-members' as const } }] };
  const users = Array.from({ length: extra }, (_, i) => ({ id: `${TEAM}-${i}`, teams: [TEAM] }));
  const snapshot = { counts: { [pool.id]: pool.used }, teams: [{ id: TEAM, archived: true }], users };
  return check(policy, snapshot, { kind: 'restore-team', id: TEAM }, { now });
}

/** The number typed into the control, clamped to 0 … MAX_EXTRA; anything else reads as 0. */
export function extraOf(text: string): number {
  const n = Math.floor(Number(text));
  return Number.isFinite(n) ? Math.min(MAX_EXTRA, Math.max(0, n)) : 0;
}
