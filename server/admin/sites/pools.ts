import type { Policy, Pool, Reason, Verdict } from '../../../lib/rules';

export function poolOf(policy: Policy, id: string | undefined): Pool | undefined {
  return policy.pools.find((p) => p.id === id);
}

/** The roles a role pool counts, one (`role`) or several (`roles`, rules-api.md v1.1 4); none for other pools. */
export function rolesOf(pool: Pool): string[] {
  if (pool.counts.kind !== 'role') return [];
  return pool.counts.roles ?? (pool.counts.role === undefined ? [] : [pool.counts.role]);
}

export function labelOf(policy: Policy, id: string | undefined): string {
  const pool = poolOf(policy, id);
  return pool?.label ?? id ?? '';
}

/** The reasons of a verdict with one code, e.g. every pool over its limit. */
export function reasonsOf(verdict: Verdict, code: Reason['code']): Reason[] {
  return verdict.reasons.filter((r) => r.code === code);
}

export const numberParam = (reason: Reason | undefined, key: string): number =>
  Number(reason?.params[key] ?? 0);
