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
}

// The index behind each prepared tenant, for applyChanges (apply.ts) without putting it on the interface.
const indexes = new WeakMap<PreparedTenant, TenantIndex>();

export function indexOf(prepared: PreparedTenant): TenantIndex {
  const index = indexes.get(prepared);
  if (!index) throw new TypeError('not a prepared tenant');
  return index;
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

export function effectOf(index: TenantIndex, input: ChangesInput) {
  const { changes, pathOf } = parseChanges(input);
  return batchEffect(index, changes, pathOf);
}

/** Parses and indexes a tenant once: report() and check() then cost in proportion to their work. */
export function prepareTenant(policy: PolicyInput, snapshot: SnapshotInput): PreparedTenant {
  return prepareParsed(parseInput(Policy, policy, 'policy'), parseSnapshot(snapshot));
}

/**
 * Indexes facts their schemas already parsed (the Seat API client's SeatsResponse parses with these very
 * schemas), so that a 100k-user body is validated once, not twice. Still throws RulesInputError on
 * duplicate ids and unknown references.
 */
export function prepareParsed(policy: Policy, snapshot: Snapshot): PreparedTenant {
  const index = buildIndex(policy, snapshot);
  const prepared: PreparedTenant = {
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
  };
  indexes.set(prepared, index);
  return prepared;
}
