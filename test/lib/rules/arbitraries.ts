import fc from 'fast-check';
import type { ChangeInput, Counts, PolicyInput, SnapshotInput } from '../../../lib/rules';

// Random valid inputs for the rules module (rules-api.md), for the property tests.

export const NOW = '2026-11-22T09:00:00Z';
const NOW_MS = Date.UTC(2026, 10, 22);
const DAY_MS = 86_400_000;

export const MODULES = ['case', 'document', 'report'] as const;
export const ROLES = ['admin', 'manager'] as const;
/** Roles a user may hold: the pools' roles plus one no pool counts. */
const USER_ROLES = [...ROLES, 'viewer'];

export interface Tenant {
  policy: PolicyInput;
  snapshot: SnapshotInput;
}

export interface TenantWithChange extends Tenant {
  change: ChangeInput;
}

export interface TenantOptions {
  /**
   * `low`: a vendor count of 0…3, often below what the lists count.
   * `above-lists` (default): more than there are users, so that no single change can take it
   * below zero (see the vendor-count tests in properties.test.ts).
   */
  vendorCounts?: 'low' | 'above-lists';
  /** Whether users list a team twice (default false). */
  duplicateTeamRefs?: boolean;
}

/** A `YYYY-MM-DD` date `offset` days from NOW. */
export function dayFromNow(offset: number): string {
  return new Date(NOW_MS + offset * DAY_MS).toISOString().slice(0, 10);
}

/** A date within about two and a half years of NOW. */
export const dayArb = fc.integer({ min: -900, max: 900 }).map(dayFromNow);

const countsArb: fc.Arbitrary<Counts> = fc.oneof(
  fc.constant({ kind: 'logins' as const }),
  fc.constant({ kind: 'active-employees' as const }),
  fc.constantFrom(...MODULES).map((module) => ({ kind: 'module' as const, module })),
  fc.constant({ kind: 'teams' as const }),
  fc.constant({ kind: 'active-members' as const }),
  fc.constantFrom(...ROLES).map((role) => ({ kind: 'role' as const, role })),
  // v1.1: a pool of several roles (Go Vocal's project and folder moderators share one).
  fc.subarray([...ROLES], { minLength: 1 }).map((roles) => ({ kind: 'role' as const, roles })),
);

/** An ISO timestamp within about two and a half years of NOW. */
export const timestampArb = fc
  .integer({ min: -900 * 24, max: 900 * 24 })
  .map((hours) => new Date(NOW_MS + hours * 3_600_000).toISOString());

const priceArb = fc.record({
  amount: fc.integer({ min: 0, max: 100_000 }),
  per: fc.constantFrom('month' as const, 'year' as const),
});

type PoolInput = PolicyInput['pools'][number];

const poolBodyArb = fc.record(
  {
    label: fc.constantFrom('Users', 'Seats', 'Admins'),
    counts: countsArb,
    included: fc.nat({ max: 6 }),
    purchased: fc.nat({ max: 15 }),
    enforce: fc.constantFrom('block' as const, 'purchase' as const, 'warn' as const, 'none' as const),
    billing: fc.constantFrom('purchased' as const, 'usage' as const),
    price: priceArb,
  },
  { requiredKeys: ['counts', 'enforce', 'billing'] },
);

const contractArb = fc
  .record({
    start: fc.integer({ min: -900, max: 300 }),
    length: fc.option(fc.nat({ max: 1000 }), { nil: undefined }),
    cycle: fc.constantFrom('month' as const, 'year' as const),
  })
  .map(({ start, length, cycle }) => ({
    start: dayFromNow(start),
    cycle,
    ...(length === undefined ? {} : { end: dayFromNow(start + length) }),
  }));

export const policyArb: fc.Arbitrary<PolicyInput> = fc
  .record(
    {
      currency: fc.constantFrom('EUR', 'SEK', 'USD'),
      contract: contractArb,
      warnAt: fc.integer({ min: 1, max: 100 }).map((n) => n / 100),
      pools: fc.array(poolBodyArb, { minLength: 1, maxLength: 7 }),
    },
    { requiredKeys: ['currency', 'contract', 'pools'] },
  )
  .map(({ pools, ...rest }) => ({
    tenant: 'acme',
    name: 'Acme BV',
    ...rest,
    pools: pools.map((pool, i): PoolInput => ({ id: `p${i}`, ...pool })),
  }));

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** The ids a snapshot's users may refer to. */
interface Refs {
  employees: string[];
  profiles: string[];
  teams: string[];
}

function teamRefsArb(teams: string[], duplicates: boolean): fc.Arbitrary<string[]> {
  if (teams.length === 0) return fc.constant([]);
  const refs = fc.uniqueArray(fc.constantFrom(...teams), { maxLength: 3 });
  // With duplicates, a user lists its first team twice.
  return duplicates ? refs.map((list) => [...list, ...list.slice(0, 1)]) : refs;
}

/** A user's fields but `id`, every one of them optional, references resolving to `refs`. */
export function userFieldsArb(refs: Refs, options: TenantOptions = {}) {
  const pick = (list: string[]) => (list.length ? { arb: fc.constantFrom(...list) } : null);
  const employee = pick(refs.employees);
  const profile = pick(refs.profiles);
  return fc.record(
    {
      login: fc.boolean(),
      roles: fc.shuffledSubarray(USER_ROLES, { maxLength: 3 }),
      teams: teamRefsArb(refs.teams, options.duplicateTeamRefs ?? false),
      validUntil: dayArb,
      // v1.1: a vendor's own staff, and display fields that never change a count.
      billable: fc.boolean(),
      name: fc.string({ maxLength: 12 }),
      email: fc.emailAddress(),
      lastActiveAt: timestampArb,
      ...(employee ? { employee: employee.arb } : {}),
      ...(profile ? { profile: profile.arb } : {}),
    },
    { requiredKeys: [] },
  );
}

const profileArb = (id: string) =>
  fc
    .record({ modules: fc.shuffledSubarray([...MODULES, 'planning']) }, { requiredKeys: [] })
    .map((profile) => ({ id, ...profile }));

const flagged = <K extends string>(id: string, key: K) =>
  fc
    .record({ [key]: fc.boolean() } as Record<K, fc.Arbitrary<boolean>>, { requiredKeys: [] })
    .map((flags) => ({ id, ...flags }));

const sizesArb = fc.record({
  profiles: fc.nat({ max: 4 }),
  teams: fc.nat({ max: 6 }),
  employees: fc.nat({ max: 6 }),
  users: fc.nat({ max: 12 }),
});

/** Vendor counts for some of the pools (rules-api.md: a vendor's own count wins over the lists). */
function vendorCountsArb(policy: PolicyInput, floor: number, options: TenantOptions) {
  const count =
    options.vendorCounts === 'low' ? fc.nat({ max: 3 }) : fc.integer({ min: floor, max: floor + 15 });
  const entries = policy.pools.map((pool) =>
    fc.option(count, { nil: undefined, freq: 2 }).map((n) => [pool.id, n]),
  );
  return fc.tuple(...entries).map((pairs) => {
    const counts: Record<string, number> = {};
    for (const [id, n] of pairs) if (typeof id === 'string' && typeof n === 'number') counts[id] = n;
    return counts;
  });
}

export function snapshotArb(policy: PolicyInput, options: TenantOptions = {}): fc.Arbitrary<SnapshotInput> {
  return sizesArb.chain((sizes) => {
    const refs: Refs = {
      employees: ids('e', sizes.employees),
      profiles: ids('pr', sizes.profiles),
      teams: ids('t', sizes.teams),
    };
    const floor = sizes.users + 1;
    return fc
      .record(
        {
          asOf: fc.constant(NOW),
          profiles: fc.tuple(...refs.profiles.map(profileArb)),
          teams: fc.tuple(
            ...refs.teams.map((id) =>
              fc
                .tuple(flagged(id, 'archived'), fc.option(fc.string({ maxLength: 12 }), { nil: undefined }))
                .map(([team, name]) => (name === undefined ? team : { ...team, name })),
            ),
          ),
          employees: fc.tuple(...refs.employees.map((id) => flagged(id, 'active'))),
          users: fc.tuple(
            ...ids('u', sizes.users).map((id) => userFieldsArb(refs, options).map((u) => ({ id, ...u }))),
          ),
          counts: vendorCountsArb(policy, floor, options),
          omitEmpty: fc.boolean(),
        },
        { requiredKeys: ['users', 'profiles', 'teams', 'employees', 'omitEmpty'] },
      )
      .map(omitEmptyLists);
  });
}

/** Empty lists may be left out (they default to []). */
function omitEmptyLists({ omitEmpty, ...snapshot }: SnapshotInput & { omitEmpty: boolean }): SnapshotInput {
  if (!omitEmpty) return snapshot;
  const out: SnapshotInput = { ...snapshot };
  for (const key of ['users', 'employees', 'profiles', 'teams'] as const) {
    if (out[key]?.length === 0) delete out[key];
  }
  return out;
}

export function tenantArb(options: TenantOptions = {}): fc.Arbitrary<Tenant> {
  return policyArb.chain((policy) => snapshotArb(policy, options).map((snapshot) => ({ policy, snapshot })));
}

/** The ids a tenant's snapshot holds, per list. */
export function refsOf(snapshot: SnapshotInput): Refs & { users: string[] } {
  const idsOf = (list: readonly { id: string }[] | null | undefined) => (list ?? []).map((item) => item.id);
  return {
    users: idsOf(snapshot.users),
    employees: idsOf(snapshot.employees),
    profiles: idsOf(snapshot.profiles),
    teams: idsOf(snapshot.teams),
  };
}

function nullableRef(list: string[]): fc.Arbitrary<string | null> {
  return list.length ? fc.option(fc.constantFrom(...list), { nil: null }) : fc.constant(null);
}

function userPatchArb(refs: Refs, options: TenantOptions) {
  return fc.record(
    {
      login: fc.boolean(),
      employee: nullableRef(refs.employees),
      profile: nullableRef(refs.profiles),
      roles: fc.shuffledSubarray(USER_ROLES, { maxLength: 3 }),
      teams: teamRefsArb(refs.teams, options.duplicateTeamRefs ?? false),
      validUntil: fc.option(dayArb, { nil: null }),
      billable: fc.boolean(),
      name: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
    },
    { requiredKeys: [] },
  );
}

export const NEW_USER = 'u-new';

export function addUserArb(tenant: Tenant, options: TenantOptions = {}): fc.Arbitrary<ChangeInput> {
  return userFieldsArb(refsOf(tenant.snapshot), options).map((fields) => ({
    kind: 'add-user' as const,
    user: { id: NEW_USER, ...fields },
  }));
}

function newcomerArbs(tenant: Tenant, options: TenantOptions): fc.Arbitrary<ChangeInput>[] {
  const poolIds = tenant.policy.pools.map((pool) => pool.id);
  return [
    addUserArb(tenant, options),
    flagged('e-new', 'active').map((employee) => ({ kind: 'add-employee' as const, employee })),
    flagged('t-new', 'archived').map((team) => ({ kind: 'add-team' as const, team })),
    fc
      .record({ pool: fc.constantFrom(...poolIds), purchased: fc.nat({ max: 20 }) })
      .map((c) => ({ kind: 'set-purchased' as const, ...c })),
  ];
}

function existingArbs(tenant: Tenant, options: TenantOptions): fc.Arbitrary<ChangeInput>[] {
  const refs = refsOf(tenant.snapshot);
  const arbs: fc.Arbitrary<ChangeInput>[] = [];
  if (refs.users.length) {
    const id = fc.constantFrom(...refs.users);
    arbs.push(id.map((uid) => ({ kind: 'remove-user' as const, id: uid })));
    arbs.push(
      fc
        .record({ id, set: userPatchArb(refs, options) })
        .map((c) => ({ kind: 'update-user' as const, ...c })),
    );
  }
  if (refs.teams.length) {
    const id = fc.constantFrom(...refs.teams);
    arbs.push(id.map((tid) => ({ kind: 'archive-team' as const, id: tid })));
    arbs.push(id.map((tid) => ({ kind: 'restore-team' as const, id: tid })));
  }
  return arbs;
}

/** Any valid change of the tenant: existing ids for the changes that name one, new ids for add-*. */
export function changeArb(tenant: Tenant, options: TenantOptions = {}): fc.Arbitrary<ChangeInput> {
  return fc.oneof(...newcomerArbs(tenant, options), ...existingArbs(tenant, options));
}

export function tenantWithChangeArb(options: TenantOptions = {}): fc.Arbitrary<TenantWithChange> {
  return tenantArb(options).chain((tenant) =>
    changeArb(tenant, options).map((change) => ({ ...tenant, change })),
  );
}

/** Changes made of `changeArb`s with the ids of new users, employees and teams made distinct per change. */
export function batchArb(tenant: Tenant, options: TenantOptions = {}): fc.Arbitrary<ChangeInput[]> {
  return fc.array(changeArb(tenant, options), { maxLength: 5 }).map((changes) =>
    changes.map((change, i): ChangeInput => {
      if (change.kind === 'add-user') return { ...change, user: { ...change.user, id: `${NEW_USER}-${i}` } };
      if (change.kind === 'add-team') return { ...change, team: { ...change.team, id: `t-new-${i}` } };
      if (change.kind === 'add-employee') {
        return { ...change, employee: { ...change.employee, id: `e-new-${i}` } };
      }
      return change;
    }),
  );
}

/** Optional keys per kind of object, which v1.1 lets a vendor send as null (rules-api.md v1.1 1). */
const NULLABLE: Record<string, readonly string[]> = {
  policy: ['warnAt'],
  contract: ['end'],
  pool: ['label', 'included', 'purchased', 'price'],
  user: [
    'login',
    'employee',
    'profile',
    'roles',
    'teams',
    'validUntil',
    'billable',
    'name',
    'email',
    'lastActiveAt',
  ],
  employee: ['active'],
  profile: ['modules'],
  team: ['archived', 'name'],
  snapshot: ['asOf', 'users', 'employees', 'profiles', 'teams', 'counts'],
};

/** The object with some of its absent optional keys sent as null, as JSON APIs do; `mask` picks which. */
function nulled<T extends object>(value: T, kind: string, mask: () => boolean): T {
  const out = { ...value } as Record<string, unknown>;
  for (const key of NULLABLE[kind] ?? []) if (out[key] === undefined && mask()) out[key] = null;
  return out as T;
}

/** A tenant as a JSON API would send it: absent optional fields as null here and there. */
export function withNullsArb(tenant: Tenant): fc.Arbitrary<Tenant> {
  return fc.array(fc.boolean(), { minLength: 32, maxLength: 32 }).map((bits) => {
    let i = 0;
    const mask = () => bits[i++ % bits.length] === true;
    const { policy, snapshot } = tenant;
    return {
      policy: nulled(
        {
          ...policy,
          contract: nulled(policy.contract, 'contract', mask),
          pools: policy.pools.map((pool) => nulled(pool, 'pool', mask)),
        },
        'policy',
        mask,
      ),
      snapshot: nulled(
        {
          ...snapshot,
          ...(snapshot.users && { users: snapshot.users.map((u) => nulled(u, 'user', mask)) }),
          ...(snapshot.employees && {
            employees: snapshot.employees.map((e) => nulled(e, 'employee', mask)),
          }),
          ...(snapshot.profiles && { profiles: snapshot.profiles.map((p) => nulled(p, 'profile', mask)) }),
          ...(snapshot.teams && { teams: snapshot.teams.map((t) => nulled(t, 'team', mask)) }),
        },
        'snapshot',
        mask,
      ),
    };
  });
}
