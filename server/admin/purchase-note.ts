import type { CostLine, Policy } from '../../lib/rules';
import { day } from './format';
import type { Site } from './sites/types';

/** The vendor's confirmation of the extra seats bought, from its cost line (003_129daf66f7fe1fe3.txt). */
export function purchaseNote(site: Site, policy: Policy, cost: CostLine): string {
  const pool = policy.pools.find((p) => p.id === cost.pool);
  if (!site.purchase || !pool) return '';
  const amount = site.money(cost.amount, cost.currency);
  const to = cost.to ? day(cost.to, site.lang) : null;
  return site.purchase.flash(cost.seats, site.purchase.seatName(pool), amount, day(cost.from, site.lang), to);
}
