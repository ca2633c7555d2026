import type { Policy, Pool } from '../../lib/rules';

/** Pools whose purchased seats the admin sets, taking effect on the next invoice (000, 001). */
export function adjustablePools(policy: Policy): Pool[] {
  return policy.pools.filter(
    (p) => p.billing === 'purchased' && (p.enforce === 'block' || p.enforce === 'warn'),
  );
}

/** Pools whose extra seats the admin buys per term from the order date (003_129daf66f7fe1fe3.txt). */
export function purchasablePools(policy: Policy): Pool[] {
  return policy.pools.filter((p) => p.enforce === 'purchase' && p.price !== undefined);
}
