import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  type ChangeInput,
  check,
  evaluate,
  type Level,
  type Outcome,
  type PolicyInput,
  prepareTenant,
  Report,
  type SnapshotInput,
  Verdict,
} from '../../../lib/rules';
import {
  addUserArb,
  dayArb,
  NEW_USER,
  NOW,
  type Tenant,
  type TenantOptions,
  type TenantWithChange,
  tenantArb,
  tenantWithChangeArb,
} from './arbitraries';

// Properties of rules-api.md over random valid tenants and changes (see arbitraries.ts).

/** FC_NUM_RUNS=5000 for a longer search. */
const RUNS = { numRuns: Number(process.env.FC_NUM_RUNS ?? 200) };
const opts = { now: NOW };
const OUTCOME_RANK: Record<Outcome, number> = { allow: 0, warn: 1, confirm: 2, block: 3 };
const LEVEL_RANK: Record<Level, number> = { ok: 0, near: 1, full: 2, over: 3 };

/** NOW, or the last second of a random day. */
const nowArb = fc.oneof(
  fc.constant(NOW),
  dayArb.map((day) => `${day}T23:59:59Z`),
);

/** Evaluates the tenant as `applyChanges(prepareTenant(...), change)` leaves it. */
function evaluateChanged({ policy, snapshot, change }: TenantWithChange, now = NOW) {
  const changed = applyChanges(prepareTenant(policy, snapshot), change);
  return evaluate(changed.policy, changed.snapshot, { now });
}

function applyAll(tenant: Tenant, changes: ChangeInput[]): Tenant {
  return changes.reduce<Tenant>(
    (t, change) => applyChanges(prepareTenant(t.policy, t.snapshot), change),
    tenant,
  );
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function worstLevel(levels: Level[]): Level {
  return levels.reduce<Level>((a, b) => (LEVEL_RANK[b] > LEVEL_RANK[a] ? b : a), 'ok');
}

function withPurchasedRaised(policy: PolicyInput, index: number, by: number): PolicyInput {
  const pools = policy.pools.map((pool, i) =>
    i === index ? { ...pool, purchased: (pool.purchased ?? 0) + by } : pool,
  );
  return { ...policy, pools };
}

function expectCountsMatchChangedTenant(t: TenantWithChange, now: string) {
  const verdict = check(t.policy, t.snapshot, t.change, { now });
  const after = evaluateChanged(t, now);
  expect(verdict.pools.map((pool) => pool.after)).toEqual(after.pools.map((pool) => pool.used));
}

function expectNoNegativeCounts(t: TenantWithChange, now: string) {
  const report = evaluate(t.policy, t.snapshot, { now });
  for (const pool of report.pools) {
    expect(pool.used).toBeGreaterThanOrEqual(0);
    expect(pool.billed).toBeGreaterThanOrEqual(0);
  }
  for (const pool of check(t.policy, t.snapshot, t.change, { now }).pools) {
    expect(pool.before).toBeGreaterThanOrEqual(0);
    expect(pool.after).toBeGreaterThanOrEqual(0);
    expect(pool.after).toBe(pool.before + pool.delta);
  }
}

describe('rules properties', () => {
  const changed = tenantWithChangeArb();
  const notSetPurchased = changed.filter((t) => t.change.kind !== 'set-purchased');

  it('(a) check() moves each pool to what evaluate() counts once the change is applied', () => {
    fc.assert(fc.property(notSetPurchased, nowArb, expectCountsMatchChangedTenant), RUNS);
  });

  it('(a) a prepared tenant checks like the stateless check()', () => {
    fc.assert(
      fc.property(changed, nowArb, ({ policy, snapshot, change }, now) => {
        const prepared = prepareTenant(policy, snapshot);
        expect(prepared.check(change, { now })).toEqual(check(policy, snapshot, change, { now }));
        expect(prepared.report({ now })).toEqual(evaluate(policy, snapshot, { now }));
      }),
      RUNS,
    );
  });

  it('(b) add-user then remove-user of that user restores every pool', () => {
    const added = tenantArb().chain((tenant) => addUserArb(tenant).map((change) => ({ tenant, change })));
    fc.assert(
      fc.property(added, ({ tenant, change }) => {
        const back = applyAll(tenant, [change, { kind: 'remove-user', id: NEW_USER }]);
        expect(evaluate(back.policy, back.snapshot, opts)).toEqual(
          evaluate(tenant.policy, tenant.snapshot, opts),
        );
      }),
      RUNS,
    );
  });

  it('(b) archive-team then restore-team of an active team restores every pool', () => {
    fc.assert(
      fc.property(tenantArb(), fc.nat(), (tenant, pick) => {
        const active = (tenant.snapshot.teams ?? []).filter((team) => !team.archived);
        fc.pre(active.length > 0);
        const id = active[pick % active.length]?.id ?? '';
        const back = applyAll(tenant, [
          { kind: 'archive-team', id },
          { kind: 'restore-team', id },
        ]);
        expect(evaluate(back.policy, back.snapshot, opts)).toEqual(
          evaluate(tenant.policy, tenant.snapshot, opts),
        );
      }),
      RUNS,
    );
  });

  it('(c) no count is negative and after = before + delta', () => {
    fc.assert(fc.property(changed, nowArb, expectNoNegativeCounts), RUNS);
  });

  it('(d) raising a pool’s purchased seats never makes a change’s outcome stricter', () => {
    const bump = fc.record({ pool: fc.nat(), by: fc.integer({ min: 1, max: 10 }) });
    fc.assert(
      fc.property(changed, bump, nowArb, ({ policy, snapshot, change }, { pool, by }, now) => {
        const raised = withPurchasedRaised(policy, pool % policy.pools.length, by);
        const before = check(policy, snapshot, change, { now }).outcome;
        const after = check(raised, snapshot, change, { now }).outcome;
        expect(OUTCOME_RANK[after]).toBeLessThanOrEqual(OUTCOME_RANK[before]);
      }),
      RUNS,
    );
  });

  it('(e) inputs are never mutated', () => {
    fc.assert(
      fc.property(changed, nowArb, (t, now) => {
        const copy = structuredClone(t);
        const { policy, snapshot, change } = deepFreeze(t);
        const frozenOpts = deepFreeze({ now });
        evaluate(policy, snapshot, frozenOpts);
        check(policy, snapshot, change, frozenOpts);
        const prepared = prepareTenant(policy, snapshot);
        prepared.report(frozenOpts);
        prepared.check(change, frozenOpts);
        applyChanges(prepared, change);
        expect(t).toEqual(copy);
      }),
      RUNS,
    );
  });

  it('(e) apply() leaves the prepared tenant as it was', () => {
    fc.assert(
      fc.property(changed, ({ policy, snapshot, change }) => {
        const prepared = prepareTenant(policy, snapshot);
        applyChanges(prepared, change);
        expect(prepared.report(opts)).toEqual(evaluate(policy, snapshot, opts));
        expect(prepared.check(change, opts)).toEqual(check(policy, snapshot, change, opts));
      }),
      RUNS,
    );
  });

  it('(f) the report’s level is the worst pool level', () => {
    fc.assert(
      fc.property(tenantArb(), nowArb, ({ policy, snapshot }, now) => {
        const report = evaluate(policy, snapshot, { now });
        expect(report.level).toBe(worstLevel(report.pools.map((pool) => pool.level)));
      }),
      RUNS,
    );
  });

  it('(g) the outcome is block iff a block pool goes over its limit or purchased drops below usage', () => {
    fc.assert(
      fc.property(changed, nowArb, ({ policy, snapshot, change }, now) => {
        const verdict = check(policy, snapshot, change, { now });
        const enforce = new Map(policy.pools.map((pool) => [pool.id, pool.enforce]));
        const blocks = verdict.reasons.some(
          (r) =>
            r.code === 'below-usage' ||
            (r.code === 'over-limit' && r.pool !== undefined && enforce.get(r.pool) === 'block'),
        );
        expect(verdict.outcome === 'block').toBe(blocks);
      }),
      RUNS,
    );
  });

  it('reports and verdicts match their exported schemas', () => {
    fc.assert(
      fc.property(changed, nowArb, ({ policy, snapshot, change }, now) => {
        expect(Report.safeParse(evaluate(policy, snapshot, { now })).success).toBe(true);
        expect(Verdict.safeParse(check(policy, snapshot, change, { now })).success).toBe(true);
      }),
      RUNS,
    );
  });
});

// Inputs the contract accepts that the properties above leave out on purpose (TenantOptions):
// vendor counts below the lists, a team listed twice, reports mutated by their reader.
type PoolInput = PolicyInput['pools'][number];

describe('edges of the contract (regressions)', () => {
  const lowVendorCounts: TenantOptions = { vendorCounts: 'low' };
  const duplicateTeams: TenantOptions = { duplicateTeamRefs: true };
  const logins: PolicyInput = {
    tenant: 'acme',
    name: 'Acme BV',
    currency: 'EUR',
    contract: { start: '2026-04-01', cycle: 'month' },
    pools: [
      { id: 'users', counts: { kind: 'logins' }, purchased: 5, enforce: 'block', billing: 'purchased' },
    ],
  };

  it('a vendor count below the lists never goes negative, and apply() yields a valid snapshot', () => {
    const snapshot: SnapshotInput = { users: [{ id: 'u1' }], counts: { users: 0 } };
    const change: ChangeInput = { kind: 'remove-user', id: 'u1' };
    const verdict = check(logins, snapshot, change, opts);
    expect(verdict.pools[0]).toMatchObject({ before: 0, after: 0 });
    const changedTenant = applyChanges(prepareTenant(logins, snapshot), change);
    expect(() => evaluate(changedTenant.policy, changedTenant.snapshot, opts)).not.toThrow();
  });

  it('a user listing a team twice is counted once when the team is archived', () => {
    const policy: PolicyInput = {
      ...logins,
      pools: [{ id: 'members', counts: { kind: 'active-members' }, enforce: 'none', billing: 'usage' }],
    };
    const snapshot: SnapshotInput = { teams: [{ id: 't1' }], users: [{ id: 'u1', teams: ['t1', 't1'] }] };
    const verdict = check(policy, snapshot, { kind: 'archive-team', id: 't1' }, opts);
    expect(verdict.pools[0]).toMatchObject({ before: 1, delta: -1, after: 0 });
  });

  it('(a) and (c) hold for vendor counts below the lists’ count', () => {
    fc.assert(
      fc.property(tenantWithChangeArb(lowVendorCounts), (t) => {
        expectNoNegativeCounts(t, NOW);
        if (t.change.kind !== 'set-purchased') expectCountsMatchChangedTenant(t, NOW);
      }),
      RUNS,
    );
  });

  it('(a) and (c) hold for archiving a team that users list twice', () => {
    const members: PoolInput = {
      id: 'members',
      counts: { kind: 'active-members' },
      enforce: 'none',
      billing: 'usage',
    };
    fc.assert(
      fc.property(tenantArb(duplicateTeams), fc.nat(), ({ policy, snapshot }, pick) => {
        const teams = snapshot.teams ?? [];
        fc.pre(teams.length > 0);
        const id = teams[pick % teams.length]?.id ?? '';
        const t: TenantWithChange = {
          policy: { ...policy, pools: [...policy.pools, members] },
          snapshot,
          change: { kind: 'archive-team', id },
        };
        expectNoNegativeCounts(t, NOW);
        expectCountsMatchChangedTenant(t, NOW);
      }),
      RUNS,
    );
  });

  it('a report does not share its suggestion lists with the next report of the same tenant', () => {
    const policy: PolicyInput = {
      ...logins,
      pools: [{ id: 'members', counts: { kind: 'active-members' }, enforce: 'none', billing: 'usage' }],
    };
    const prepared = prepareTenant(policy, { users: [{ id: 'u1' }] });
    const first = prepared.report(opts);
    first.suggestions[0]?.ids.push('tampered');
    expect(prepared.report(opts).suggestions[0]?.ids).toEqual(['u1']);
  });
});
