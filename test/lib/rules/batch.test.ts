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
import { batchArb, NOW, type Tenant, tenantArb } from './arbitraries';
import { citizenlab, citizenlabSnapshot, echo, echoSnapshot, qics, qicsSnapshot } from './fixtures';

// rules-api.md v1.1 5: check() with an array of changes, applied in order, judged as one.

const RUNS = { numRuns: Number(process.env.FC_NUM_RUNS ?? 200) };
const opts = { now: NOW };
const invite = (n: number, role = 'admin'): ChangeInput[] =>
  Array.from({ length: n }, (_, i) => ({ kind: 'add-user', user: { id: `new-${i}`, roles: [role] } }));

/** The tenant after each change in turn, or the RulesInputError the first bad one throws. */
function oneByOne(tenant: Tenant, changes: ChangeInput[]): Tenant | RulesInputError {
  try {
    return changes.reduce<Tenant>(
      (t, change) => applyChanges(prepareTenant(t.policy, t.snapshot), change),
      tenant,
    );
  } catch (error) {
    if (error instanceof RulesInputError) return error;
    throw error;
  }
}

describe('batch check: table', () => {
  it('five admins against two free seats need three: one needs-purchase, one prorated cost line', () => {
    // citizenlab(): 2 admin seats included, full; EUR 950 per year, contract ends 2027-03-31.
    const policy = citizenlab();
    const roomy = {
      ...policy,
      pools: policy.pools.map((p) => (p.id === 'admins' ? { ...p, purchased: 2 } : p)),
    };
    const v = check(roomy, citizenlabSnapshot(), invite(5), { now: '2026-10-01T09:00:00Z' });
    expect(v.outcome).toBe('confirm');
    expect(v.reasons).toEqual([{ code: 'needs-purchase', pool: 'admins', params: { seats: 3 } }]);
    expect(v.costs).toEqual([
      {
        pool: 'admins',
        seats: 3,
        amount: 3 * 47370,
        currency: 'EUR',
        per: 'year',
        prorated: true,
        from: '2026-10-01',
        to: '2027-03-31',
        price: { amount: 95000, per: 'year' },
      },
    ]);
    expect(v.pools.find((p) => p.id === 'admins')).toMatchObject({ before: 2, after: 7, delta: 5, limit: 4 });
  });

  it.each<[string, PolicyInput, SnapshotInput, ChangeInput[], string, unknown[]]>([
    [
      'an empty batch changes nothing',
      qics(),
      qicsSnapshot(20),
      [],
      'allow',
      [{ code: 'no-seat-change', params: {} }],
    ],
    [
      'a batch of one is the single check',
      qics(),
      qicsSnapshot(25),
      [{ kind: 'add-user', user: { id: 'n' } }],
      'block',
      [{ code: 'over-limit', pool: 'users', params: { after: 26, limit: 25 } }],
    ],
    [
      'a removal first makes room for the user added next',
      qics(),
      qicsSnapshot(25),
      [
        { kind: 'remove-user', id: 'u0' },
        { kind: 'add-user', user: { id: 'n' } },
      ],
      'allow',
      [{ code: 'no-seat-change', params: {} }],
    ],
    [
      'a team created in the batch takes the members added to it',
      echo('active-members', 800),
      echoSnapshot(),
      [
        { kind: 'add-team', team: { id: 'fresh' } },
        { kind: 'add-user', user: { id: 'n1', teams: ['fresh'] } },
        { kind: 'add-user', user: { id: 'n2', teams: ['fresh'] } },
      ],
      'warn',
      [{ code: 'adds-cost', pool: 'active-members', params: { seats: 2 } }],
    ],
    [
      'a user added then given a role counts once, in the role pool',
      citizenlab(),
      citizenlabSnapshot(),
      [
        { kind: 'add-user', user: { id: 'n' } },
        { kind: 'update-user', id: 'n', set: { roles: ['manager'] } },
      ],
      'warn',
      [{ code: 'near-limit', pool: 'managers', params: { after: 3, limit: 3 } }],
    ],
    [
      'raising purchased seats, then adding: one next-invoice and the new limit holds',
      qics(),
      qicsSnapshot(25),
      [
        { kind: 'set-purchased', pool: 'users', purchased: 26 },
        { kind: 'add-user', user: { id: 'n' } },
      ],
      'warn',
      [
        { code: 'near-limit', pool: 'users', params: { after: 26, limit: 27 } },
        { code: 'next-invoice', pool: 'users', params: { date: '2026-12-01' } },
      ],
    ],
    [
      'lowering below what the batch leaves in use blocks',
      qics(),
      qicsSnapshot(20),
      [
        { kind: 'add-user', user: { id: 'n' } },
        { kind: 'set-purchased', pool: 'users', purchased: 19 },
      ],
      'block',
      [
        { code: 'over-limit', pool: 'users', params: { after: 21, limit: 20 } },
        { code: 'below-usage', pool: 'users', params: { used: 21, purchased: 19 } },
      ],
    ],
  ])('%s', (_name, policy, snapshot, changes, outcome, reasons) => {
    const v = check(policy, snapshot, changes, opts);
    expect(v.outcome).toBe(outcome);
    expect(v.reasons).toEqual(reasons);
  });

  it.each<[string, ChangeInput[], RegExp]>([
    [
      'an unknown user in the second change',
      [
        { kind: 'add-user', user: { id: 'n' } },
        { kind: 'remove-user', id: 'nobody' },
      ],
      /^change\[1\]\.id: unknown user "nobody"/,
    ],
    [
      'a user removed twice',
      [
        { kind: 'remove-user', id: 'u0' },
        { kind: 'remove-user', id: 'u0' },
      ],
      /^change\[1\]\.id: unknown user/,
    ],
    [
      'the same new user twice',
      [
        { kind: 'add-user', user: { id: 'n' } },
        { kind: 'add-user', user: { id: 'n' } },
      ],
      /^change\[1\]\.user\.id: user "n" already exists/,
    ],
    [
      'a malformed change',
      [{ kind: 'add-user', user: { id: 'n' } }, { kind: 'remove-user' } as unknown as ChangeInput],
      /^change\[1\]\.id: /,
    ],
    ['not a change at all', [42 as unknown as ChangeInput], /^change\[0\]/],
  ])('is atomic: %s throws RulesInputError naming the change', (_name, changes, message) => {
    const run = () => check(qics(), qicsSnapshot(20), changes, opts);
    expect(run).toThrow(RulesInputError);
    expect(run).toThrow(message);
  });

  it('a single change keeps its v1 error path', () => {
    expect(() => check(qics(), qicsSnapshot(20), { kind: 'remove-user', id: 'nobody' }, opts)).toThrow(
      /^change\.id: unknown user/,
    );
  });

  it('apply() takes a batch too: the lists as the changes leave them, in order', () => {
    const applied = applyChanges(prepareTenant(qics(), qicsSnapshot(3)), [
      { kind: 'remove-user', id: 'u1' },
      { kind: 'add-user', user: { id: 'n', name: 'Nieuw' } },
      { kind: 'update-user', id: 'n', set: { login: false } },
    ]);
    expect(applied.snapshot.users.map((u) => [u.id, u.login])).toEqual([
      ['u0', true],
      ['u2', true],
      ['n', false],
    ]);
  });
});

describe('batch check: properties', () => {
  const batched = tenantArb().chain((tenant) => batchArb(tenant).map((changes) => ({ tenant, changes })));

  it('gives the after of applying its changes one by one, or the same kind of refusal', () => {
    fc.assert(
      fc.property(batched, ({ tenant, changes }) => {
        const sequential = oneByOne(tenant, changes);
        const batch = () => check(tenant.policy, tenant.snapshot, changes, opts);
        if (sequential instanceof RulesInputError) {
          expect(batch).toThrow(RulesInputError);
          return;
        }
        const verdict = batch();
        const before = evaluate(tenant.policy, tenant.snapshot, opts).pools.map((p) => p.used);
        const after = evaluate(sequential.policy, sequential.snapshot, opts).pools.map((p) => p.used);
        expect(verdict.pools.map((p) => p.before)).toEqual(before);
        expect(verdict.pools.map((p) => p.after)).toEqual(after);
      }),
      RUNS,
    );
  });

  it('apply() of a batch equals applying its changes one by one', () => {
    fc.assert(
      fc.property(batched, ({ tenant, changes }) => {
        const sequential = oneByOne(tenant, changes);
        fc.pre(!(sequential instanceof RulesInputError));
        const applied = applyChanges(prepareTenant(tenant.policy, tenant.snapshot), changes);
        expect(evaluate(applied.policy, applied.snapshot, opts)).toEqual(
          evaluate((sequential as Tenant).policy, (sequential as Tenant).snapshot, opts),
        );
      }),
      RUNS,
    );
  });

  it('a batch of one change is that change', () => {
    fc.assert(
      fc.property(batched, ({ tenant, changes }) => {
        const [change] = changes;
        fc.pre(change !== undefined);
        const single = () => check(tenant.policy, tenant.snapshot, change as ChangeInput, opts);
        const batch = () => check(tenant.policy, tenant.snapshot, [change as ChangeInput], opts);
        expect(batch()).toEqual(single());
      }),
      RUNS,
    );
  });
});
