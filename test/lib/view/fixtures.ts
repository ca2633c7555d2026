import {
  type ChangeInput,
  check,
  evaluate,
  type PolicyInput,
  type Report,
  type SnapshotInput,
  type Verdict,
} from '../../../lib/rules';
import type { SeatView } from '../../../lib/view/schema';

// Small tenants after the seeds in licensing.md; reports and verdicts come from lib/rules itself.

export const NOW = '2026-11-22T09:00:00Z';
export const NOW_MS = Date.parse(NOW);
/** CitizenLab's worked example: an admin seat bought on 1 Oct 2026, contract ending 31 Mar 2027. */
export const PURCHASE_DAY = '2026-10-01T09:00:00Z';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** QicsMilestones (000): logins, 1 included + 24 purchased, block, EUR 15 per seat per month. */
export function qics(opts: { label?: string; price?: boolean; purchased?: number } = {}): PolicyInput {
  const { label = 'Users', price = true, purchased = 24 } = opts;
  return {
    tenant: 'qics-demo',
    name: 'Bureau Jansen',
    currency: 'EUR',
    contract: { start: '2026-04-01', cycle: 'month' },
    pools: [
      {
        id: 'users',
        label,
        counts: { kind: 'logins' },
        included: 1,
        purchased,
        enforce: 'block',
        billing: 'purchased',
        ...(price ? { price: { amount: 1500, per: 'month' as const } } : {}),
      },
    ],
  };
}

export function qicsUsers(n: number): SnapshotInput {
  return { asOf: NOW, users: range(n).map((i) => ({ id: `u${i}` })), employees: [{ id: 'e0' }] };
}

/** 10 → ok, 20 → near (0.8), 25 → full, 31 → over (licensing.md A). */
export const USERS_AT = { ok: 10, near: 20, full: 25, over: 31 } as const;

export function qicsReport(users: number, policy = qics()): Report {
  return evaluate(policy, qicsUsers(users), { now: NOW });
}

/** CitizenLab (003): admin and manager seats bought per year, contract to 2027-03-31. */
export function citizenlab(): PolicyInput {
  const seats = (id: string, label: string, role: string, included: number, amount: number) => ({
    id,
    label,
    counts: { kind: 'role' as const, role },
    included,
    enforce: 'purchase' as const,
    billing: 'purchased' as const,
    price: { amount, per: 'year' as const },
  });
  return {
    tenant: 'citizenlab-demo',
    name: 'Gemeente Velden',
    currency: 'EUR',
    contract: { start: '2026-04-01', end: '2027-03-31', cycle: 'year' },
    pools: [seats('admins', 'Admins', 'admin', 2, 95000), seats('managers', 'Managers', 'manager', 3, 60000)],
  };
}

export const citizenlabUsers: SnapshotInput = {
  asOf: PURCHASE_DAY,
  users: [
    { id: 'a1', roles: ['admin'] },
    { id: 'a2', roles: ['admin'] },
    { id: 'p1', roles: ['manager'] },
    { id: 'r1' },
  ],
};

/** Making r1 admin at 2/2: confirm, one seat prorated to 47370 cents. */
export function confirmVerdict(): Verdict {
  const change: ChangeInput = { kind: 'update-user', id: 'r1', set: { roles: ['admin'] } };
  return check(citizenlab(), citizenlabUsers, change, { now: PURCHASE_DAY });
}

/** Echometer (002): teams billed by usage at EUR 9 per month, no limit; t5 is empty. */
export function echoTeams(billing: 'usage' | 'purchased' = 'usage'): PolicyInput {
  return {
    tenant: 'echo-teams',
    name: 'Echo GmbH',
    currency: 'EUR',
    contract: { start: '2025-03-01', cycle: 'month' },
    pools: [
      {
        id: 'teams',
        label: 'Teams',
        counts: { kind: 'teams' },
        enforce: 'none',
        billing,
        price: { amount: 900, per: 'month' },
      },
    ],
  };
}

export const echoSnapshot: SnapshotInput = {
  asOf: NOW,
  teams: [{ id: 't1' }, { id: 't2' }, { id: 't3' }, { id: 't4', archived: true }, { id: 't5' }],
  users: [
    { id: 'm1', teams: ['t1', 't2'] },
    { id: 'm2', teams: ['t3'] },
    { id: 'm7', teams: ['t4'] },
  ],
};

/**
 * The Echometer tenant with display fields (v1.1 3): six members in no active team (two only in the archived
 * t4), by name, by e-mail alone, or by id alone; t5 is an empty team with a name, t6 one without.
 */
export const echoNamedSnapshot: SnapshotInput = {
  asOf: NOW,
  teams: [
    { id: 't1', name: 'Vertrieb' },
    { id: 't4', name: 'Altes Team', archived: true },
    { id: 't5', name: 'Marketing' },
    { id: 't6' },
  ],
  users: [
    { id: 'm1', teams: ['t1'], name: 'Jonas Weber', email: 'jonas@echo.example' },
    { id: 'm2', teams: ['t4'], name: 'Eva Meijer', lastActiveAt: '2026-10-02T08:00:00Z' },
    { id: 'm3', name: 'Daan Smit' },
    { id: 'm4', email: 'lena@echo.example' },
    { id: 'm5', teams: ['t4'], name: 'Sofia Rossi' },
    { id: 'm6', name: 'Lars Berg' },
    { id: 'm7' },
  ],
};

/** Echometer (004): the same tenant counted by active members. */
export function echoMembers(): PolicyInput {
  const policy = echoTeams();
  return {
    ...policy,
    pools: policy.pools.map((p) => ({
      ...p,
      id: 'members',
      label: 'Members',
      counts: { kind: 'active-members' as const },
    })),
  };
}

/** AM System (001): module pots with a user whose login expired but who still holds licences. */
export function amSystem(): PolicyInput {
  const pot = (module: string, label: string, purchased: number) => ({
    id: module,
    label,
    counts: { kind: 'module' as const, module },
    purchased,
    enforce: 'block' as const,
    billing: 'purchased' as const,
  });
  return {
    tenant: 'am-demo',
    name: 'Norrby kommun',
    currency: 'SEK',
    contract: { start: '2026-01-01', cycle: 'year' },
    pools: [pot('case', 'Ärende', 12), pot('document', 'Dokument', 6)],
  };
}

export const amSnapshot: SnapshotInput = {
  asOf: NOW,
  profiles: [
    { id: 'full', modules: ['case', 'document'] },
    { id: 'case', modules: ['case'] },
  ],
  users: [
    ...range(5).map((i) => ({ id: `f${i}`, profile: 'full' })),
    ...range(4).map((i) => ({ id: `c${i}`, profile: 'case' })),
    { id: 'x1', profile: 'full', validUntil: '2026-06-30' },
  ],
};

/** One verdict per reason code, each from a real check. */
export function verdictsByReason(): Record<string, Verdict> {
  const at = (users: number, change: ChangeInput) => check(qics(), qicsUsers(users), change, { now: NOW });
  return {
    'over-limit': at(25, { kind: 'add-user', user: { id: 'new' } }),
    'near-limit': at(19, { kind: 'add-user', user: { id: 'new' } }),
    'needs-purchase': confirmVerdict(),
    'adds-cost': check(echoTeams(), echoSnapshot, { kind: 'add-team', team: { id: 't9' } }, { now: NOW }),
    'frees-seats': at(25, { kind: 'remove-user', id: 'u0' }),
    'below-usage': at(25, { kind: 'set-purchased', pool: 'users', purchased: 10 }),
    'next-invoice': at(20, { kind: 'set-purchased', pool: 'users', purchased: 29 }),
    'no-seat-change': at(20, { kind: 'add-employee', employee: { id: 'e9' } }),
  };
}

/** A panel's view of a report fetched two minutes before NOW. */
export function viewOf(report: Report | undefined, extra: Partial<SeatView> = {}): SeatView {
  return {
    tenant: report?.tenant ?? 'qics-demo',
    name: 'Bureau Jansen',
    status: 'ready',
    ...(report ? { report, fetchedAt: NOW_MS - 120_000 } : {}),
    ...extra,
  };
}
