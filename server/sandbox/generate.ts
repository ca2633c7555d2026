import type { PolicyInput, SnapshotInput } from '../../lib/rules';

// A deterministic tenant of any size: N users, N / 10 teams (10,000 at 100k users), 50 profiles and six
// pools, one of each counts kind (rules-api.md). The rules benchmark reads it as it is; the sandbox's
// large tenants (large.ts) give it names and labels.

export const BENCH_NOW = '2026-11-22T09:00:00Z';

type UserInput = NonNullable<SnapshotInput['users']>[number];
type TeamInput = NonNullable<SnapshotInput['teams']>[number];
type EmployeeInput = NonNullable<SnapshotInput['employees']>[number];
type ProfileInput = NonNullable<SnapshotInput['profiles']>[number];

export interface BenchTenant {
  policy: PolicyInput;
  snapshot: SnapshotInput;
  /** A team with the median number of members, for archive-team. */
  typicalTeam: string;
  typicalTeamMembers: number;
  /** A user not yet in the snapshot, for add-user. */
  newUser: UserInput;
}

const MODULES = ['case', 'document', 'report', 'planning', 'archive'];
const PROFILES = 50;

/** mulberry32: a small seeded PRNG, so every run benchmarks the same tenant. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;

const below = (random: Random, n: number) => Math.floor(random() * n);
const chance = (random: Random, p: number) => random() < p;

export function policyFor(users: number): PolicyInput {
  const seats = (share: number) => Math.round(users * share);
  return {
    tenant: 'bench',
    name: 'Bench BV',
    currency: 'EUR',
    contract: { start: '2026-04-01', end: '2027-03-31', cycle: 'month' },
    warnAt: 0.9,
    pools: [
      {
        id: 'users',
        counts: { kind: 'logins' },
        included: 5,
        purchased: seats(1),
        enforce: 'block',
        billing: 'purchased',
        price: { amount: 1500, per: 'month' },
      },
      {
        id: 'employees',
        counts: { kind: 'active-employees' },
        purchased: seats(1),
        enforce: 'warn',
        billing: 'purchased',
      },
      {
        id: 'case',
        counts: { kind: 'module', module: 'case' },
        purchased: seats(0.6),
        enforce: 'purchase',
        billing: 'purchased',
        price: { amount: 95_000, per: 'year' },
      },
      {
        id: 'teams',
        counts: { kind: 'teams' },
        enforce: 'none',
        billing: 'usage',
        price: { amount: 4900, per: 'month' },
      },
      {
        id: 'members',
        counts: { kind: 'active-members' },
        enforce: 'none',
        billing: 'usage',
        price: { amount: 800, per: 'month' },
      },
      {
        id: 'admins',
        counts: { kind: 'role', role: 'admin' },
        purchased: seats(0.03),
        enforce: 'block',
        billing: 'purchased',
        price: { amount: 3900, per: 'month' },
      },
    ],
  };
}

function profiles(random: Random): ProfileInput[] {
  return Array.from({ length: PROFILES }, (_, i) => ({
    id: `prof-${i}`,
    modules: i === 0 ? [] : MODULES.filter(() => chance(random, 0.5)),
  }));
}

function teams(random: Random, count: number): TeamInput[] {
  return Array.from({ length: count }, (_, i) =>
    chance(random, 0.05) ? { id: `t${i}`, archived: true } : { id: `t${i}` },
  );
}

function teamRefs(random: Random, teamCount: number): string[] {
  const picked = new Set<number>();
  const wanted = 1 + below(random, 3);
  while (picked.size < Math.min(wanted, teamCount)) picked.add(below(random, teamCount));
  return [...picked].map((i) => `t${i}`);
}

function roles(random: Random): string[] {
  const r = random();
  if (r < 0.02) return ['admin'];
  if (r < 0.06) return ['manager'];
  return [];
}

/** A valid-until date in 2025-01-01 … 2027-12-31. */
function validUntil(random: Random): string {
  return new Date(Date.UTC(2025, 0, 1 + below(random, 1095))).toISOString().slice(0, 10);
}

function user(random: Random, i: number, teamCount: number): UserInput {
  const out: UserInput = {
    id: `u${i}`,
    profile: `prof-${below(random, PROFILES)}`,
    roles: roles(random),
    teams: teamRefs(random, teamCount),
  };
  if (chance(random, 0.04)) out.login = false;
  if (i % 10 !== 0) out.employee = `e${i}`;
  if (chance(random, 0.25)) out.validUntil = validUntil(random);
  return out;
}

/** Employees of users (all but every tenth user) plus one in twenty without a user; 8% inactive. */
function employees(random: Random, users: number): EmployeeInput[] {
  const out: EmployeeInput[] = [];
  const add = (id: string) => out.push(chance(random, 0.08) ? { id, active: false } : { id });
  for (let i = 0; i < users; i += 1) if (i % 10 !== 0) add(`e${i}`);
  for (let i = 0; i < Math.round(users / 20); i += 1) add(`e-solo${i}`);
  return out;
}

/** The team whose member count is the median of all teams'. */
function typical(users: readonly UserInput[], teamCount: number): { id: string; members: number } {
  const members = new Array<number>(teamCount).fill(0);
  for (const u of users) {
    for (const team of u.teams ?? []) {
      const i = Number(team.slice(1));
      members[i] = (members[i] ?? 0) + 1;
    }
  }
  const median = [...members].sort((a, b) => a - b)[Math.floor(teamCount / 2)] ?? 0;
  const index = Math.max(0, members.indexOf(median));
  return { id: `t${index}`, members: median };
}

export function generateTenant(users: number, seed = 20261122): BenchTenant {
  const random = prng(seed);
  const teamCount = Math.max(10, Math.round(users / 10));
  const userList = Array.from({ length: users }, (_, i) => user(random, i, teamCount));
  const team = typical(userList, teamCount);
  return {
    policy: policyFor(users),
    snapshot: {
      asOf: BENCH_NOW,
      users: userList,
      employees: employees(random, users),
      profiles: profiles(random),
      teams: teams(random, teamCount),
    },
    typicalTeam: team.id,
    typicalTeamMembers: team.members,
    newUser: { id: 'u-new', employee: 'e-new', profile: 'prof-1', roles: ['admin'], teams: [team.id] },
  };
}
