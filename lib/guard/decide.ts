import type { HostAdapter } from '../hosts';
import type { ChangesInput, PreparedTenant, Verdict } from '../rules';
import type { GuardNote } from '../view/schema';
import { raisesBill } from '../view/verdict';
import type { Decision } from './decision';
import { holdersFor } from './holders';

/** The seat data the guard decides from: the prepared tenant and when the Seat API gave it. */
export interface GuardFacts {
  prepared: PreparedTenant;
  fetchedAt: number;
}

export interface DecideInput {
  adapter: HostAdapter;
  facts: GuardFacts | undefined;
  /** What the form would do, read from it by the content script (lib/hosts readChange). */
  changes: ChangesInput;
  /** Epoch ms. */
  now: number;
}

/** Without trustworthy data the adapter's fail mode decides: open lets the form through, closed stops it. */
export function unchecked(adapter: Pick<HostAdapter, 'failMode'>, note: GuardNote): Decision {
  return adapter.failMode === 'closed' ? { action: 'stop' } : { action: 'pass', note };
}

/** A change that lowers a usage-billed, priced pool: worth saying what it frees before it happens (002). */
function lowersBill(prepared: PreparedTenant, verdict: Verdict): boolean {
  const billedByUse = new Set(
    prepared.policy.pools.filter((pool) => pool.billing === 'usage' && pool.price).map((pool) => pool.id),
  );
  return verdict.reasons.some(
    (reason) => reason.code === 'frees-seats' && billedByUse.has(reason.pool ?? ''),
  );
}

/** Decides a guarded submission from the prepared tenant, in the background (architecture.md, the guard). */
export function decide({ adapter, facts, changes, now }: DecideInput): Decision {
  const age = facts && now - facts.fetchedAt;
  if (!facts || age === undefined || age < 0 || age > adapter.maxAgeMinutes * 60_000) {
    return unchecked(adapter, 'guard-failed-open');
  }
  try {
    // One change, or a batch (a bulk invite) judged as one: one dialog for the sum (rules-api.md v1.1 5).
    const verdict = facts.prepared.check(changes, { now: new Date(now).toISOString() });
    // A change that adds to the bill shows its cost before it happens: set-purchased up passes the rules'
    // limits, but raises every next invoice (000: more users, on the next invoice).
    if (verdict.outcome === 'allow' && !lowersBill(facts.prepared, verdict) && !raisesBill(verdict))
      return { action: 'pass' };
    const holders = holdersFor(facts.prepared, verdict, now);
    return { action: 'ask', verdict, ...(holders.length > 0 && { holders }) };
  } catch {
    // A form naming what the facts lack (a user deleted meanwhile): the fail mode decides.
    return unchecked(adapter, 'guard-error');
  }
}
