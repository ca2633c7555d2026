import type { Draft } from './draft';
import type { ChangesInput, Policy, Snapshot } from './schemas';
import { effectOf, indexOf, type PreparedTenant } from './tenant';
import type { TenantIndex } from './tenant-index';

/** A list with its overlay: replaced items in place, removed (null) ones left out, new ones appended. */
function overlaid<T extends { id: string }>(list: readonly T[], overlay: ReadonlyMap<string, T | null>): T[] {
  if (overlay.size === 0) return [...list];
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of list) {
    seen.add(item.id);
    const changed = overlay.get(item.id);
    if (changed === undefined) out.push(item);
    else if (changed !== null) out.push(changed);
  }
  for (const [id, item] of overlay) if (item !== null && !seen.has(id)) out.push(item);
  return out;
}

/** The vendor's counts moved to each pool's count after the changes. */
function countsAfter(index: TenantIndex, after: readonly number[]): Snapshot['counts'] {
  const { counts } = index.snapshot;
  if (!counts) return undefined;
  const next: Record<string, number> = Object.assign(Object.create(null), counts);
  index.policy.pools.forEach((pool, i) => {
    if (Object.hasOwn(counts, pool.id)) next[pool.id] = after[i] ?? 0;
  });
  return next;
}

function snapshotAfter(draft: Draft, after: readonly number[]): Snapshot {
  const { snapshot } = draft.index;
  const next: Snapshot = {
    ...snapshot,
    users: overlaid(snapshot.users, draft.users),
    employees: overlaid(snapshot.employees, draft.employees),
    teams: overlaid(snapshot.teams, draft.teams),
  };
  const counts = countsAfter(draft.index, after);
  if (counts) next.counts = counts;
  return next;
}

/**
 * The policy and snapshot as a change, or a batch applied in order, leaves them; vendor counts move by the
 * changes' deltas. For writers (the reference server); readers only report and check. Throws RulesInputError.
 */
export function applyChanges(
  prepared: PreparedTenant,
  changes: ChangesInput,
): { policy: Policy; snapshot: Snapshot } {
  const effect = effectOf(indexOf(prepared), changes);
  return { policy: effect.draft.policy(), snapshot: snapshotAfter(effect.draft, effect.after) };
}
