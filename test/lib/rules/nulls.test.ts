import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  type ChangeInput,
  check,
  evaluate,
  type PolicyInput,
  prepareTenant,
  RulesInputError,
  type SnapshotInput,
} from '../../../lib/rules';
import { batchArb, NOW, tenantArb, withNullsArb } from './arbitraries';
import { citizenlab, citizenlabSnapshot, qics, qicsSnapshot } from './fixtures';

// rules-api.md v1.1 1: every optional field also takes JSON null, read as absent.

const RUNS = { numRuns: Number(process.env.FC_NUM_RUNS ?? 200) };
const opts = { now: NOW };

describe('JSON nulls read as absent: table', () => {
  const qicsUsers = qicsSnapshot(3).users ?? [];
  it.each<[string, PolicyInput, SnapshotInput, PolicyInput, SnapshotInput]>([
    [
      'a user not linked to an employee',
      qics(),
      { users: [{ id: 'u', employee: null, profile: null, validUntil: null }] },
      qics(),
      { users: [{ id: 'u' }] },
    ],
    [
      'user lists and flags',
      qics(),
      { users: [{ id: 'u', login: null, roles: null, teams: null, billable: null }] },
      qics(),
      { users: [{ id: 'u' }] },
    ],
    [
      'display fields',
      qics(),
      { users: [{ id: 'u', name: null, email: null, lastActiveAt: null }] },
      qics(),
      { users: [{ id: 'u' }] },
    ],
    [
      'snapshot lists and counts',
      qics(),
      { asOf: null, users: null, employees: null, profiles: null, teams: null, counts: null },
      qics(),
      {},
    ],
    [
      'employees, profiles and teams',
      qics(),
      {
        users: qicsUsers,
        employees: [{ id: 'e', active: null }],
        profiles: [{ id: 'p', modules: null }],
        teams: [{ id: 't', archived: null, name: null }],
      },
      qics(),
      { users: qicsUsers, employees: [{ id: 'e' }], profiles: [{ id: 'p' }], teams: [{ id: 't' }] },
    ],
    [
      'policy: warnAt, contract end, pool label, seats and price',
      {
        ...qics(),
        warnAt: null,
        contract: { start: '2026-04-01', cycle: 'month', end: null },
        pools: [
          {
            id: 'users',
            label: null,
            counts: { kind: 'logins' },
            included: null,
            purchased: null,
            price: null,
            enforce: 'block',
            billing: 'purchased',
          },
        ],
      },
      qicsSnapshot(3),
      {
        ...qics(),
        contract: { start: '2026-04-01', cycle: 'month' },
        pools: [{ id: 'users', counts: { kind: 'logins' }, enforce: 'block', billing: 'purchased' }],
      },
      qicsSnapshot(3),
    ],
    [
      'a role pool with roles and role: null',
      {
        ...citizenlab(),
        pools: [
          {
            id: 'admins',
            counts: { kind: 'role', role: null, roles: ['admin'] },
            enforce: 'block',
            billing: 'usage',
          },
        ],
      },
      citizenlabSnapshot(),
      {
        ...citizenlab(),
        pools: [
          { id: 'admins', counts: { kind: 'role', role: 'admin' }, enforce: 'block', billing: 'usage' },
        ],
      },
      citizenlabSnapshot(),
    ],
  ])('%s', (_name, policy, snapshot, plainPolicy, plainSnapshot) => {
    expect(evaluate(policy, snapshot, opts)).toEqual(evaluate(plainPolicy, plainSnapshot, opts));
  });

  it.each<[string, ChangeInput, ChangeInput]>([
    [
      'a new user with null fields',
      { kind: 'add-user', user: { id: 'n', employee: null, roles: null, billable: null, name: null } },
      { kind: 'add-user', user: { id: 'n' } },
    ],
    [
      'a new team with null flags',
      { kind: 'add-team', team: { id: 't', archived: null } },
      { kind: 'add-team', team: { id: 't' } },
    ],
    [
      'a new employee',
      { kind: 'add-employee', employee: { id: 'e', active: null } },
      { kind: 'add-employee', employee: { id: 'e' } },
    ],
    // In a patch, null on a flag or list leaves it as it is; on a link it clears the link.
    [
      'update-user: null login, roles and billable change nothing',
      { kind: 'update-user', id: 'u1', set: { login: null, roles: null, teams: null, billable: null } },
      { kind: 'update-user', id: 'u1', set: {} },
    ],
  ])('change: %s', (_name, withNulls, plain) => {
    expect(check(qics(), qicsSnapshot(24), withNulls, opts)).toEqual(
      check(qics(), qicsSnapshot(24), plain, opts),
    );
  });

  it('update-user: null clears a link, so the user is unlinked from its employee', () => {
    const snapshot: SnapshotInput = { users: [{ id: 'u', employee: 'e' }], employees: [{ id: 'e' }] };
    const policy: PolicyInput = {
      ...qics(),
      pools: [
        { id: 'users', counts: { kind: 'logins' }, purchased: 5, enforce: 'block', billing: 'purchased' },
      ],
    };
    const { snapshot: after } = applyChanges(prepareTenant(policy, snapshot), {
      kind: 'update-user',
      id: 'u',
      set: { employee: null },
    });
    expect(after.users[0]?.employee).toBeUndefined();
  });

  it.each<[string, SnapshotInput, RegExp]>([
    [
      'null as a required id',
      { users: [{ id: null }] } as unknown as SnapshotInput,
      /^snapshot\.users\[0\]\.id: /,
    ],
    ['null as a list item', { users: [null] } as unknown as SnapshotInput, /^snapshot\.users\[0\]: /],
    [
      'null inside a role list',
      { users: [{ id: 'u', roles: [null] }] } as unknown as SnapshotInput,
      /^snapshot\.users\[0\]\.roles\[0\]: /,
    ],
  ])('null where a value is required is still refused: %s', (_name, snapshot, message) => {
    const run = () => evaluate(qics(), snapshot, opts);
    expect(run).toThrow(RulesInputError);
    expect(run).toThrow(message);
  });
});

describe('JSON nulls read as absent: properties', () => {
  it('a tenant with nulls for absent fields evaluates as without them', () => {
    const pair = tenantArb().chain((tenant) => withNullsArb(tenant).map((nulled) => ({ tenant, nulled })));
    fc.assert(
      fc.property(pair, ({ tenant, nulled }) => {
        expect(evaluate(nulled.policy, nulled.snapshot, opts)).toEqual(
          evaluate(tenant.policy, tenant.snapshot, opts),
        );
      }),
      RUNS,
    );
  });

  it('and checks every batch as without them', () => {
    const triple = tenantArb().chain((tenant) =>
      fc
        .tuple(withNullsArb(tenant), batchArb(tenant))
        .map(([nulled, changes]) => ({ tenant, nulled, changes })),
    );
    fc.assert(
      fc.property(triple, ({ tenant, nulled, changes }) => {
        const outcome = (t: typeof tenant) => {
          try {
            return check(t.policy, t.snapshot, changes, opts);
          } catch (error) {
            return (error as Error).message;
          }
        };
        expect(outcome(nulled)).toEqual(outcome(tenant));
      }),
      RUNS,
    );
  });
});
