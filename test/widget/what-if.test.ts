// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type PolicyInput, type PoolReport, prepareTenant, type SnapshotInput } from '../../lib/rules';
import { extraOf, MAX_EXTRA, whatIf } from '../../widget/what-if';

const NOW = '2026-10-01T09:00:00Z';

function tenant(pools: PolicyInput['pools'], snapshot: SnapshotInput, contract?: PolicyInput['contract']) {
  const policy: PolicyInput = {
    tenant: 't',
    name: 'T',
    currency: 'EUR',
    contract: contract ?? { start: '2026-01-01', cycle: 'month' },
    pools,
  };
  const prepared = prepareTenant(policy, snapshot);
  const report = prepared.report({ now: NOW });
  const pool = (id: string) => report.pools.find((p) => p.id === id) as PoolReport;
  return { prepared, pool };
}

// Model A, 25/25 (qics-demo): one more user is blocked.
const logins = tenant(
  [
    {
      id: 'users',
      counts: { kind: 'logins' },
      included: 1,
      purchased: 24,
      enforce: 'block',
      billing: 'purchased',
    },
  ],
  { users: Array.from({ length: 25 }, (_, i) => ({ id: `u${i}` })) },
);

// Model E, admins 2/2 (citizenlab-demo): buying a seat on 2026-10-01, prorated to the contract's end.
const roles = tenant(
  [
    {
      id: 'admins',
      counts: { kind: 'role', role: 'admin' },
      included: 2,
      enforce: 'purchase',
      billing: 'purchased',
      price: { amount: 95000, per: 'year' },
    },
  ],
  {
    users: [
      { id: 'a1', roles: ['admin'] },
      { id: 'a2', roles: ['admin'] },
    ],
  },
  { start: '2026-04-01', end: '2027-03-31', cycle: 'year' },
);

// Model C, 4 teams billed by usage (echo-teams), counted by the vendor.
const teams = tenant(
  [
    {
      id: 'teams',
      counts: { kind: 'teams' },
      enforce: 'none',
      billing: 'usage',
      price: { amount: 4900, per: 'month' },
    },
  ],
  { counts: { teams: 4 } },
);

describe('whatIf: the rules verdict on N more seats, from the fetched policy', () => {
  it('a full block pool blocks one more', () => {
    const verdict = whatIf(logins.prepared, logins.pool('users'), 1, NOW);
    expect(verdict?.outcome).toBe('block');
    expect(verdict?.reasons).toEqual([
      { code: 'over-limit', pool: 'users', params: { after: 26, limit: 25 } },
    ]);
  });

  it('a purchase pool asks to confirm the extra seats, prorated', () => {
    const verdict = whatIf(roles.prepared, roles.pool('admins'), 2, NOW);
    expect(verdict?.outcome).toBe('confirm');
    expect(verdict?.reasons[0]).toMatchObject({ code: 'needs-purchase', params: { seats: 2 } });
    expect(verdict?.costs).toEqual([
      expect.objectContaining({
        pool: 'admins',
        seats: 2,
        amount: 2 * 47370,
        prorated: true,
        to: '2027-03-31',
      }),
    ]);
  });

  it('a priced usage pool without a limit warns what N more add per period', () => {
    const verdict = whatIf(teams.prepared, teams.pool('teams'), 3, NOW);
    expect(verdict?.outcome).toBe('warn');
    expect(verdict?.pools).toEqual([expect.objectContaining({ before: 4, after: 7, delta: 3 })]);
    expect(verdict?.costs).toEqual([expect.objectContaining({ seats: 3, amount: 3 * 4900, per: 'month' })]);
  });

  it('gives nothing for zero', () => {
    expect(whatIf(logins.prepared, logins.pool('users'), 0, NOW)).toBeNull();
  });

  it('never changes the facts it was given', () => {
    whatIf(logins.prepared, logins.pool('users'), 5, NOW);
    expect(logins.prepared.report({ now: NOW }).pools[0]?.used).toBe(25);
  });
});

describe('extraOf', () => {
  it.each([
    ['3', 3],
    ['2.7', 2],
    ['', 0],
    ['-4', 0],
    ['abc', 0],
    ['1e9', MAX_EXTRA],
  ])('%j → %d', (text, expected) => {
    expect(extraOf(text)).toBe(expected);
  });
});
