import { describe, expect, it } from 'vitest';
import { evaluate, type PolicyInput, type SnapshotInput } from '../../../lib/rules';
import {
  am,
  amSnapshot,
  citizenlab,
  citizenlabSnapshot,
  echo,
  echoSnapshot,
  NOW,
  qics,
  qicsSnapshot,
} from './fixtures';

const opts = { now: NOW };
const pool = (policy: PolicyInput, snapshot: SnapshotInput, id: string) =>
  evaluate(policy, snapshot, opts).pools.find((p) => p.id === id);

describe('evaluate: the worked examples of licensing.md', () => {
  it.each([
    // 000: 31 users, 24 purchased + 1 included = 25 → over by 6.
    [
      'qics 31 users',
      qics(),
      qicsSnapshot(31, 28),
      'users',
      { used: 31, limit: 25, headroom: -6, level: 'over', billed: 24 },
    ],
    [
      'qics 25/25',
      qics(),
      qicsSnapshot(25, 22, 4),
      'users',
      { used: 25, limit: 25, headroom: 0, level: 'full' },
    ],
    // 000: using 20 of 24 is still billed 24.
    ['qics 20 of 24 billed 24', qics(), qicsSnapshot(20), 'users', { used: 20, billed: 24, level: 'near' }],
    [
      'qics cost',
      qics(),
      qicsSnapshot(25),
      'users',
      { cost: { amount: 36000, currency: 'EUR', per: 'month' } },
    ],
    // 001: a user takes one licence per module the profile grants; a past valid-until frees nothing.
    ['am case pot', am(), amSnapshot(), 'case', { used: 10, limit: 12, level: 'near', headroom: 2 }],
    ['am document pot', am(), amSnapshot(), 'document', { used: 6, limit: 6, level: 'full' }],
    // 002/004: every non-archived team is billed.
    [
      'echo teams',
      echo('teams', 4900),
      echoSnapshot(),
      'teams',
      { used: 4, billed: 4, limit: null, level: 'ok' },
    ],
    [
      'echo teams cost',
      echo('teams', 4900),
      echoSnapshot(),
      'teams',
      { cost: { amount: 19600, currency: 'EUR', per: 'month' } },
    ],
    [
      'echo members',
      echo('active-members', 800),
      echoSnapshot(),
      'active-members',
      { used: 6, billed: 6, headroom: null },
    ],
    // 003: one seat per person, in the first role pool in policy order.
    ['citizenlab admins', citizenlab(), citizenlabSnapshot(), 'admins', { used: 2, limit: 2, level: 'full' }],
    [
      'citizenlab managers',
      citizenlab(),
      citizenlabSnapshot(),
      'managers',
      { used: 2, limit: 3, level: 'ok' },
    ],
  ])('%s', (_name, policy, snapshot, id, expected) => {
    expect(pool(policy, snapshot, id)).toMatchObject(expected);
  });

  it('matches the report example of rules-api.md', () => {
    expect(evaluate(qics(), qicsSnapshot(25), opts)).toEqual({
      tenant: 'qics-demo',
      asOf: NOW,
      level: 'full',
      pools: [
        {
          id: 'users',
          label: 'Users',
          kind: 'logins',
          enforce: 'block',
          used: 25,
          limit: 25,
          included: 1,
          purchased: 24,
          billed: 24,
          headroom: 0,
          level: 'full',
          cost: { amount: 36000, currency: 'EUR', per: 'month' },
        },
      ],
      suggestions: [],
    });
  });
});

describe('evaluate: who takes a seat', () => {
  const logins = qics();
  it.each([
    ['a user without a login takes no seat', { users: [{ id: 'u', login: false }] }, 0],
    ['a user not linked to an employee counts', { users: [{ id: 'u' }] }, 1],
    ['an employee without a user does not count', { employees: [{ id: 'e1' }, { id: 'e2' }] }, 0],
    ['an empty snapshot', {}, 0],
  ])('logins: %s', (_name, snapshot, used) => {
    expect(pool(logins, snapshot, 'users')?.used).toBe(used);
  });

  const legacy: PolicyInput = {
    ...qics(),
    pools: [
      {
        id: 'employees',
        counts: { kind: 'active-employees' },
        purchased: 5,
        enforce: 'block',
        billing: 'purchased',
      },
    ],
  };
  it.each([
    ['counts active employees, linked or not', { employees: [{ id: 'e1' }, { id: 'e2', active: true }] }, 2],
    ['not inactive ones', { employees: [{ id: 'e1', active: false }] }, 0],
    ['not users', { users: [{ id: 'u1' }] }, 0],
  ])('active-employees (legacy): %s', (_name, snapshot, used) => {
    expect(pool(legacy, snapshot, 'employees')?.used).toBe(used);
  });

  it.each([
    ['a login with a profile granting the module', [{ id: 'u', profile: 'full' }], 1, 1],
    ['no profile takes nothing', [{ id: 'u' }], 0, 0],
    ['a no-module profile takes nothing', [{ id: 'u', profile: 'none' }], 0, 0],
    ['no login takes nothing (credentials removed)', [{ id: 'u', profile: 'full', login: false }], 0, 0],
    [
      'a past valid-until alone frees nothing',
      [{ id: 'u', profile: 'full', validUntil: '2020-01-01' }],
      1,
      1,
    ],
  ])('module: %s', (_name, users, cases, documents) => {
    const snapshot = { profiles: amSnapshot().profiles, users };
    expect(pool(am(), snapshot, 'case')?.used).toBe(cases);
    expect(pool(am(), snapshot, 'document')?.used).toBe(documents);
  });

  it.each([
    ['a member of an active team', [{ id: 'u', teams: ['t1'] }], 1],
    ['a member of an archived team only', [{ id: 'u', teams: ['t4'] }], 0],
    ['a member of no team', [{ id: 'u' }], 0],
    ['a member of two active teams counts once', [{ id: 'u', teams: ['t1', 't2'] }], 1],
    ['a member without a login', [{ id: 'u', teams: ['t1'], login: false }], 0],
  ])('active-members: %s', (_name, users, used) => {
    const snapshot = { teams: echoSnapshot().teams, users };
    expect(pool(echo('active-members', 800), snapshot, 'active-members')?.used).toBe(used);
  });

  it.each([
    ['admin and manager roles take one admin seat', [{ id: 'u', roles: ['manager', 'admin'] }], 1, 0],
    ['a manager takes a manager seat', [{ id: 'u', roles: ['manager'] }], 0, 1],
    ['an unknown role takes none', [{ id: 'u', roles: ['editor'] }], 0, 0],
    ['a role without a login takes none', [{ id: 'u', roles: ['admin'], login: false }], 0, 0],
  ])('role: %s', (_name, users, admins, managers) => {
    expect(pool(citizenlab(), { users }, 'admins')?.used).toBe(admins);
    expect(pool(citizenlab(), { users }, 'managers')?.used).toBe(managers);
  });
});

describe('evaluate: levels, limits and vendor counts', () => {
  const withPool = (over: object): PolicyInput => ({
    ...qics(),
    pools: [{ ...qics().pools[0], ...over } as never],
  });
  it.each([
    ['ok below warnAt', 19, { purchased: 24 }, 0.8, 'ok'],
    ['near at 80%', 20, { purchased: 24 }, 0.8, 'near'],
    ['full at the limit', 25, { purchased: 24 }, 0.8, 'full'],
    ['over past the limit', 26, { purchased: 24 }, 0.8, 'over'],
    ['never worse than ok without a limit', 99, { enforce: 'none' }, 0.8, 'ok'],
    ['warn pools have a limit', 26, { enforce: 'warn' }, 0.8, 'over'],
    ['0.7 × 10 is near at 7 (no float drift)', 7, { included: 0, purchased: 10 }, 0.7, 'near'],
    ['6 of 10 is ok at warnAt 0.7', 6, { included: 0, purchased: 10 }, 0.7, 'ok'],
  ])('%s', (_name, users, over, warnAt, level) => {
    expect(pool({ ...withPool(over), warnAt }, qicsSnapshot(users), 'users')?.level).toBe(level);
  });

  it('a vendor count wins over the lists', () => {
    expect(pool(qics(), { ...qicsSnapshot(3), counts: { users: 31 } }, 'users')).toMatchObject({
      used: 31,
      level: 'over',
    });
  });

  it('takes the worst pool level as the tenant level', () => {
    expect(evaluate(am(), amSnapshot(), opts).level).toBe('full');
    expect(evaluate(am(20, 20), amSnapshot(), opts).level).toBe('ok');
  });

  it('labels a pool with its id when it has no label', () => {
    expect(pool(echo('teams', 1), echoSnapshot(), 'teams')?.label).toBe('teams');
  });

  it('has no cost without a price', () => {
    expect(pool(am(), amSnapshot(), 'case')?.cost).toBeNull();
  });

  it('uses now when the snapshot has no asOf', () => {
    expect(evaluate(qics(), {}, opts).asOf).toBe(NOW);
  });
});
