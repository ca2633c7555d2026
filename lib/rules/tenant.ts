import { todayOf } from './dates';
import { changeDeltas, countAfter, patchedUser } from './deltas';
import { parseInput } from './errors';
import { parseSnapshot } from './fast-parse';
import { reportOf } from './report';
import type { Report, Verdict } from './results';
import {
  Change,
  type ChangeInput,
  Opts,
  Policy,
  type PolicyInput,
  type Snapshot,
  type SnapshotInput,
} from './schemas';
import { buildIndex, type TenantIndex } from './tenant-index';
import { verdictOf } from './verdict';

export interface RulesOptions {
  /** ISO timestamp; only its UTC date is used. */
  now: string;
}

/** A tenant parsed and indexed once: report() and check() then cost in proportion to their work. */
export interface PreparedTenant {
  readonly policy: Policy;
  readonly snapshot: Snapshot;
  report(opts: RulesOptions): Report;
  check(change: ChangeInput, opts: RulesOptions): Verdict;
  /** The policy and snapshot as they would be after the change (vendor counts moved by its delta). */
  apply(change: ChangeInput): { policy: Policy; snapshot: Snapshot };
}

function today(opts: RulesOptions): { day: number; now: string } {
  const { now } = parseInput(Opts, opts, 'opts');
  return { day: todayOf(now), now };
}

function applied(index: TenantIndex, change: Change, deltas: readonly number[]) {
  const { policy, snapshot } = index;
  const next = { policy, snapshot: { ...snapshot } };
  if (snapshot.counts) {
    const counts = { ...snapshot.counts };
    policy.pools.forEach((pool, i) => {
      const count = counts[pool.id];
      if (count !== undefined) counts[pool.id] = countAfter(count, deltas[i] ?? 0);
    });
    next.snapshot.counts = counts;
  }
  const s = next.snapshot;
  switch (change.kind) {
    case 'add-user':
      s.users = [...s.users, change.user];
      break;
    case 'remove-user':
      s.users = s.users.filter((u) => u.id !== change.id);
      break;
    case 'update-user':
      s.users = s.users.map((u) => (u.id === change.id ? patchedUser(u, change.set) : u));
      break;
    case 'add-employee':
      s.employees = [...s.employees, change.employee];
      break;
    case 'add-team':
      s.teams = [...s.teams, change.team];
      break;
    case 'archive-team':
    case 'restore-team': {
      const archived = change.kind === 'archive-team';
      s.teams = s.teams.map((t) => (t.id === change.id ? { ...t, archived } : t));
      break;
    }
    case 'set-purchased': {
      const pools = policy.pools.map((p) =>
        p.id === change.pool ? { ...p, purchased: change.purchased } : p,
      );
      next.policy = { ...policy, pools };
      break;
    }
  }
  return next;
}

export function prepareTenant(policy: PolicyInput, snapshot: SnapshotInput): PreparedTenant {
  const index = buildIndex(parseInput(Policy, policy, 'policy'), parseSnapshot(snapshot));
  const parseChange = (change: ChangeInput) => parseInput(Change, change, 'change');
  return {
    policy: index.policy,
    snapshot: index.snapshot,
    report: (opts) => {
      const { day, now } = today(opts);
      return reportOf(index, day, now);
    },
    check: (input, opts) => {
      const { day } = today(opts);
      const change = parseChange(input);
      return verdictOf(index, change, changeDeltas(index, change), day);
    },
    apply: (input) => {
      const change = parseChange(input);
      return applied(index, change, changeDeltas(index, change));
    },
  };
}
