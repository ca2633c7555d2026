import { randomUUID } from 'node:crypto';
import { type CostLine, check, evaluate } from '../../lib/rules';
import type { TenantFacts } from '../db/facts';
import { rolesOf } from './sites/pools';

/**
 * The cost line of one extra seat of a role pool bought today (prorated to the contract's end).
 * lib/rules prices extra seats only when a change needs them, so this asks it about one more
 * holder of the pool's role with the pool pinned at its current use.
 */
export function extraSeatCost(
  { policy, snapshot }: TenantFacts,
  poolId: string,
  now: string,
): CostLine | undefined {
  const pool = policy.pools.find((p) => p.id === poolId);
  if (pool?.counts.kind !== 'role') return undefined;
  const used = evaluate(policy, snapshot, { now }).pools.find((p) => p.id === poolId)?.used ?? 0;
  const pinned = {
    ...policy,
    pools: policy.pools.map((p) => (p.id === poolId ? { ...p, included: used, purchased: 0 } : p)),
  };
  const [role] = rolesOf(pool);
  if (role === undefined) return undefined;
  const holder = { id: `probe-${randomUUID()}`, roles: [role] };
  return check(pinned, snapshot, { kind: 'add-user', user: holder }, { now }).costs.find(
    (c) => c.pool === poolId,
  );
}
