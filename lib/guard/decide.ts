import { type FormRule, type HostAdapter, readChange } from '../hosts';
import type { PreparedTenant, Verdict } from '../rules';
import type { SeatView } from '../view/schema';

export type GuardNote = NonNullable<SeatView['note']>;

/** The seat data the guard decides from: the cached tenant and when it was fetched. */
export interface GuardData {
  prepared: PreparedTenant;
  fetchedAt: number;
}

export type Decision =
  | { action: 'pass'; note?: GuardNote }
  | { action: 'ask'; verdict: Verdict }
  | { action: 'stop' };

export interface DecideInput {
  adapter: HostAdapter;
  data: GuardData | null;
  form: HTMLFormElement;
  rule: FormRule;
  submitter: HTMLElement | null;
  /** Epoch ms. */
  now: number;
}

/** Without trustworthy data the adapter's fail mode decides: open lets the form through, closed stops it. */
function unchecked(adapter: HostAdapter, note: GuardNote): Decision {
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

/** Synchronously decides a guarded submission from the cached snapshot (architecture.md, the guard). */
export function decide({ adapter, data, form, rule, submitter, now }: DecideInput): Decision {
  if (!data || now - data.fetchedAt > adapter.maxAgeMinutes * 60_000)
    return unchecked(adapter, 'guard-failed-open');
  try {
    // One change, or a batch (a bulk invite) judged as one: one dialog for the sum (rules-api.md v1.1 5).
    const changes = readChange(form, rule.change, submitter);
    const verdict = data.prepared.check(changes, { now: new Date(now).toISOString() });
    if (verdict.outcome === 'allow' && !lowersBill(data.prepared, verdict)) return { action: 'pass' };
    return { action: 'ask', verdict };
  } catch {
    return unchecked(adapter, 'guard-error');
  }
}
