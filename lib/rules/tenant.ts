import { todayOf } from './dates';
import { batchEffect } from './deltas';
import { parseInput } from './errors';
import { parseSnapshot } from './fast-parse';
import { reportOf } from './report';
import type { Report, Verdict } from './results';
import {
  Change,
  ChangeList,
  type ChangesInput,
  Opts,
  Policy,
  type PolicyInput,
  type Snapshot,
  type SnapshotInput,
} from './schemas';
import { buildIndex, type TenantIndex } from './tenant-index';
import { verdictOf } from './verdict';

export interface RulesOptions {
  /** ISO timestamp (or date); only its UTC date is used. */
  now: string;
}

/** A tenant parsed and indexed once: report() and check() then cost in proportion to their work. */
export interface PreparedTenant {
  readonly policy: Policy;
  readonly snapshot: Snapshot;
  report(opts: RulesOptions): Report;
  /** One change, or a batch judged as one (rules-api.md v1.1 5). */
  check(changes: ChangesInput, opts: RulesOptions): Verdict;
  /** The policy and snapshot as they would be after the change(s) (vendor counts moved by their deltas). */
  apply(changes: ChangesInput): { policy: Policy; snapshot: Snapshot };
}

function today(opts: RulesOptions): { day: number; now: string } {
  const { now } = parseInput(Opts, opts, 'opts');
  return { day: todayOf(now), now };
}

/** The changes as a list, and how an error names change i: `change` alone, `change[i]` in a batch. */
function parseChanges(input: ChangesInput): { changes: Change[]; pathOf: (i: number) => string } {
  // Branching here rather than through the union keeps zod's message about the change itself.
  return Array.isArray(input)
    ? { changes: parseInput(ChangeList, input, 'change'), pathOf: (i) => `change[${i}]` }
    : { changes: [parseInput(Change, input, 'change')], pathOf: () => 'change' };
}

function effectOf(index: TenantIndex, input: ChangesInput) {
  const { changes, pathOf } = parseChanges(input);
  return batchEffect(index, changes, pathOf);
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

export function prepareTenant(policy: PolicyInput, snapshot: SnapshotInput): PreparedTenant {
  const index = buildIndex(parseInput(Policy, policy, 'policy'), parseSnapshot(snapshot));
  return {
    policy: index.policy,
    snapshot: index.snapshot,
    report: (opts) => {
      const { day, now } = today(opts);
      return reportOf(index, day, now);
    },
    check: (input, opts) => {
      const { day } = today(opts);
      return verdictOf(index, effectOf(index, input), day);
    },
    apply: (input) => {
      const effect = effectOf(index, input);
      const next = { policy: effect.draft.policy(), snapshot: effect.draft.snapshot() };
      const counts = countsAfter(index, effect.after);
      if (counts) next.snapshot.counts = counts;
      return next;
    },
  };
}
