import { describe, expect, it } from 'vitest';
import { type ChangeInput, check, type PolicyInput, type SnapshotInput } from '../../../lib/rules';
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
const verdict = (policy: PolicyInput, snapshot: SnapshotInput, change: ChangeInput, now = NOW) =>
  check(policy, snapshot, change, { now });

describe('check: QicsMilestones logins (000)', () => {
  it.each([
    [
      'create user at 25/25 is blocked',
      25,
      { kind: 'add-user', user: { id: 'new' } },
      'block',
      [{ code: 'over-limit', pool: 'users', params: { after: 26, limit: 25 } }],
    ],
    [
      'create user at 24/25 warns it fills the licence',
      24,
      { kind: 'add-user', user: { id: 'new' } },
      'warn',
      [{ code: 'near-limit', pool: 'users', params: { after: 25, limit: 25 } }],
    ],
    ['create user at 10/25 is allowed silently', 10, { kind: 'add-user', user: { id: 'new' } }, 'allow', []],
    [
      'a user without a login takes no seat',
      25,
      { kind: 'add-user', user: { id: 'new', login: false } },
      'allow',
      [{ code: 'no-seat-change', params: {} }],
    ],
    [
      'an employee without a user never changes the count',
      25,
      { kind: 'add-employee', employee: { id: 'e99' } },
      'allow',
      [{ code: 'no-seat-change', params: {} }],
    ],
    [
      'deleting a user frees a seat',
      25,
      { kind: 'remove-user', id: 'u3' },
      'allow',
      [{ code: 'frees-seats', pool: 'users', params: { seats: 1 } }],
    ],
    [
      'removing the login frees a seat',
      25,
      { kind: 'update-user', id: 'u3', set: { login: false } },
      'allow',
      [{ code: 'frees-seats', pool: 'users', params: { seats: 1 } }],
    ],
    [
      'unlinking the employee keeps the seat',
      25,
      { kind: 'update-user', id: 'u0', set: { employee: null } },
      'allow',
      [{ code: 'no-seat-change', params: {} }],
    ],
  ] as const)('%s', (_name, users, change, outcome, reasons) => {
    const v = verdict(qics(), qicsSnapshot(users, 22, 4), change as ChangeInput);
    expect(v.outcome).toBe(outcome);
    expect(v.reasons).toEqual(reasons);
  });

  it('reports the pool before and after', () => {
    expect(verdict(qics(), qicsSnapshot(25), { kind: 'add-user', user: { id: 'n' } }).pools).toEqual([
      { id: 'users', before: 25, after: 26, delta: 1, limit: 25, level: 'over' },
    ]);
  });

  it('blocks from the vendor count, moved by the change', () => {
    const v = verdict(
      qics(30),
      { ...qicsSnapshot(2), counts: { users: 31 } },
      { kind: 'add-user', user: { id: 'n' } },
    );
    expect(v.pools[0]).toMatchObject({ before: 31, after: 32, limit: 31 });
    expect(v.outcome).toBe('block');
  });

  it.each([
    // 000: raising or lowering is per seat, on the next invoice, never retroactive.
    [
      'lowering to 20 with 20 in use',
      20,
      20,
      'allow',
      [{ code: 'next-invoice', pool: 'users', params: { date: '2026-12-01' } }],
      [
        {
          pool: 'users',
          seats: -4,
          amount: -6000,
          currency: 'EUR',
          per: 'month',
          prorated: false,
          from: '2026-12-01',
          to: null,
        },
      ],
    ],
    [
      'raising to 30',
      25,
      30,
      'allow',
      [{ code: 'next-invoice', pool: 'users', params: { date: '2026-12-01' } }],
      [
        {
          pool: 'users',
          seats: 6,
          amount: 9000,
          currency: 'EUR',
          per: 'month',
          prorated: false,
          from: '2026-12-01',
          to: null,
        },
      ],
    ],
    [
      'lowering below use is refused',
      25,
      23,
      'block',
      [{ code: 'below-usage', pool: 'users', params: { used: 25, purchased: 23 } }],
      [],
    ],
    [
      'lowering to exactly the use (1 included) is fine',
      25,
      24,
      'allow',
      [{ code: 'next-invoice', pool: 'users', params: { date: '2026-12-01' } }],
      [],
    ],
  ] as const)('set-purchased: %s', (_name, users, purchased, outcome, reasons, costs) => {
    const v = verdict(qics(), qicsSnapshot(users), { kind: 'set-purchased', pool: 'users', purchased });
    expect(v).toMatchObject({ outcome, reasons, costs });
    expect(v.pools[0]?.limit).toBe(purchased + 1);
  });
});

describe('check: AM System module pots (001)', () => {
  it.each([
    [
      'a full-profile user is blocked by the document pot',
      { kind: 'add-user', user: { id: 'n', profile: 'full' } },
      'block',
      [
        { code: 'near-limit', pool: 'case', params: { after: 11, limit: 12 } },
        { code: 'over-limit', pool: 'document', params: { after: 7, limit: 6 } },
      ],
    ],
    [
      'a case-only user warns',
      { kind: 'add-user', user: { id: 'n', profile: 'case' } },
      'warn',
      [{ code: 'near-limit', pool: 'case', params: { after: 11, limit: 12 } }],
    ],
    [
      'a no-module user takes nothing',
      { kind: 'add-user', user: { id: 'n', profile: 'none' } },
      'allow',
      [{ code: 'no-seat-change', params: {} }],
    ],
    [
      'moving a user to a no-module profile frees one in each pot',
      { kind: 'update-user', id: 'f0', set: { profile: 'none' } },
      'allow',
      [
        { code: 'frees-seats', pool: 'case', params: { seats: 1 } },
        { code: 'frees-seats', pool: 'document', params: { seats: 1 } },
      ],
    ],
    [
      'a past valid-until alone frees nothing',
      { kind: 'update-user', id: 'f0', set: { validUntil: '2026-01-01' } },
      'allow',
      [{ code: 'no-seat-change', params: {} }],
    ],
    [
      'case to full needs the full document pot',
      { kind: 'update-user', id: 'c0', set: { profile: 'full' } },
      'block',
      [{ code: 'over-limit', pool: 'document', params: { after: 7, limit: 6 } }],
    ],
    [
      'lowering a pot below use is refused',
      { kind: 'set-purchased', pool: 'case', purchased: 9 },
      'block',
      [{ code: 'below-usage', pool: 'case', params: { used: 10, purchased: 9 } }],
    ],
    [
      'deleting a user frees licences; the pot stays bought',
      { kind: 'remove-user', id: 'f1' },
      'allow',
      [
        { code: 'frees-seats', pool: 'case', params: { seats: 1 } },
        { code: 'frees-seats', pool: 'document', params: { seats: 1 } },
      ],
    ],
  ] as const)('%s', (_name, change, outcome, reasons) => {
    const v = verdict(am(), amSnapshot(), change as ChangeInput);
    expect(v.outcome).toBe(outcome);
    expect(v.reasons).toEqual(reasons);
    expect(v.costs).toEqual([]);
  });
});

describe('check: Echometer teams and active members (002/004)', () => {
  const teams = echo('teams', 4900);
  const members = echo('active-members', 800);
  const addsCost = (pool: string, seats: number, amount: number) => ({
    pool,
    seats,
    amount,
    currency: 'EUR',
    per: 'month',
    prorated: false,
    from: '2026-12-01',
    to: null,
  });
  it.each([
    [
      'creating a team adds one unit to the next invoice',
      teams,
      { kind: 'add-team', team: { id: 't9' } },
      'warn',
      [{ code: 'adds-cost', pool: 'teams', params: { seats: 1 } }],
      [addsCost('teams', 1, 4900)],
    ],
    [
      'creating an archived team adds nothing',
      teams,
      { kind: 'add-team', team: { id: 't9', archived: true } },
      'allow',
      [{ code: 'no-seat-change', params: {} }],
      [],
    ],
    [
      'archiving a team frees one',
      teams,
      { kind: 'archive-team', id: 't1' },
      'allow',
      [{ code: 'frees-seats', pool: 'teams', params: { seats: 1 } }],
      [],
    ],
    [
      'restoring a team adds one per month',
      teams,
      { kind: 'restore-team', id: 't4' },
      'warn',
      [{ code: 'adds-cost', pool: 'teams', params: { seats: 1 } }],
      [addsCost('teams', 1, 4900)],
    ],
    [
      'archiving an archived team changes nothing',
      teams,
      { kind: 'archive-team', id: 't4' },
      'allow',
      [{ code: 'no-seat-change', params: {} }],
      [],
    ],
    // Archiving t2 frees m3 only: m1 stays in t1 and m4 is in t2 and the archived t4.
    [
      'archiving frees only members in no other active team',
      members,
      { kind: 'archive-team', id: 't2' },
      'allow',
      [{ code: 'frees-seats', pool: 'active-members', params: { seats: 2 } }],
      [],
    ],
    [
      'restoring a team re-activates its members',
      members,
      { kind: 'restore-team', id: 't4' },
      'warn',
      [{ code: 'adds-cost', pool: 'active-members', params: { seats: 2 } }],
      [addsCost('active-members', 2, 1600)],
    ],
    [
      'a new member of an active team adds a licence',
      members,
      { kind: 'add-user', user: { id: 'n', teams: ['t5'] } },
      'warn',
      [{ code: 'adds-cost', pool: 'active-members', params: { seats: 1 } }],
      [addsCost('active-members', 1, 800)],
    ],
    [
      'a new member of no team adds nothing',
      members,
      { kind: 'add-user', user: { id: 'n' } },
      'allow',
      [{ code: 'no-seat-change', params: {} }],
      [],
    ],
    [
      'joining a second active team adds nothing',
      members,
      { kind: 'update-user', id: 'm2', set: { teams: ['t1', 't3'] } },
      'allow',
      [{ code: 'no-seat-change', params: {} }],
      [],
    ],
  ] as const)('%s', (_name, policy, change, outcome, reasons, costs) => {
    expect(verdict(policy, echoSnapshot(), change as ChangeInput)).toMatchObject({ outcome, reasons, costs });
  });

  it('archiving t2 in the members model frees m3 and m4 but not m1', () => {
    expect(verdict(members, echoSnapshot(), { kind: 'archive-team', id: 't2' }).pools[0]).toEqual({
      id: 'active-members',
      before: 6,
      after: 4,
      delta: -2,
      limit: null,
      level: 'ok',
    });
  });
});

describe('check: CitizenLab role seats (003)', () => {
  const promote = (role: string): ChangeInput => ({ kind: 'update-user', id: 'r0', set: { roles: [role] } });
  const line = (pool: string, amount: number, prorated: boolean, from: string, to: string) => ({
    pool,
    seats: 1,
    amount,
    currency: 'EUR',
    per: 'year',
    prorated,
    from,
    to,
    price: { amount: 95000, per: 'year' },
  });
  it.each([
    // rules-api.md: EUR 950 bought 2026-10-01, contract ends 2027-03-31 → 182 of 365 days → 47370 cents.
    [
      'admin at the limit, prorated to contract end',
      citizenlab(),
      promote('admin'),
      '2026-10-01T12:00:00Z',
      line('admins', 47370, true, '2026-10-01', '2027-03-31'),
    ],
    [
      'admin on 1 April runs to 31 March: full price',
      citizenlab('2028-03-31'),
      promote('admin'),
      '2026-04-01T00:00:00Z',
      line('admins', 95000, false, '2026-04-01', '2027-03-31'),
    ],
    [
      'admin without a contract end: full price',
      citizenlab(null),
      promote('admin'),
      NOW,
      line('admins', 95000, false, '2026-11-22', '2027-11-21'),
    ],
    // Leap year: 2027-10-01 … 2028-09-30 is 366 days; to 2028-03-31 covers 183 → exactly half.
    [
      'leap-year term',
      citizenlab('2028-03-31'),
      promote('admin'),
      '2027-10-01T08:00:00Z',
      line('admins', 47500, true, '2027-10-01', '2028-03-31'),
    ],
    [
      'contract ending tomorrow: two days',
      citizenlab('2026-11-23'),
      promote('admin'),
      NOW,
      line('admins', 521, true, '2026-11-22', '2026-11-23'),
    ],
  ])('%s', (_name, policy, change, now, cost) => {
    const v = verdict(policy, citizenlabSnapshot(), change, now);
    expect(v.outcome).toBe('confirm');
    expect(v.reasons).toEqual([{ code: 'needs-purchase', pool: 'admins', params: { seats: 1 } }]);
    expect(v.costs).toEqual([cost]);
    expect(v.pools.find((p) => p.id === 'admins')).toEqual({
      id: 'admins',
      before: 2,
      after: 3,
      delta: 1,
      limit: 2,
      level: 'over',
    });
  });

  it.each([
    [
      'a manager seat is free below the limit (3rd of 3 warns)',
      promote('manager'),
      'warn',
      [{ code: 'near-limit', pool: 'managers', params: { after: 3, limit: 3 } }],
    ],
    [
      'removing admin rights frees a seat',
      { kind: 'update-user', id: 'a1', set: { roles: [] } },
      'allow',
      [{ code: 'frees-seats', pool: 'admins', params: { seats: 1 } }],
    ],
    // a2 holds admin and manager: dropping admin moves their one seat to the managers pool.
    [
      'dropping admin of an admin-manager moves the seat',
      { kind: 'update-user', id: 'a2', set: { roles: ['manager'] } },
      'warn',
      [
        { code: 'frees-seats', pool: 'admins', params: { seats: 1 } },
        { code: 'near-limit', pool: 'managers', params: { after: 3, limit: 3 } },
      ],
    ],
  ] as const)('%s', (_name, change, outcome, reasons) => {
    const v = verdict(citizenlab(), citizenlabSnapshot(), change as ChangeInput);
    expect(v).toMatchObject({ outcome, reasons, costs: [] });
  });

  it('asks for after − limit seats when two are needed', () => {
    const snapshot = {
      users: [
        { id: 'a', roles: ['admin'] },
        { id: 'b', roles: ['admin'] },
        { id: 'c', roles: ['admin'] },
        { id: 'd' },
      ],
    };
    const v = verdict(citizenlab(null), snapshot, {
      kind: 'update-user',
      id: 'd',
      set: { roles: ['admin'] },
    });
    expect(v.reasons).toEqual([{ code: 'needs-purchase', pool: 'admins', params: { seats: 2 } }]);
    expect(v.costs[0]).toMatchObject({ seats: 2, amount: 190000 });
  });
});

describe('check: outcomes combine, strongest wins', () => {
  const mixed: PolicyInput = {
    ...qics(),
    pools: [
      { id: 'hard', counts: { kind: 'logins' }, purchased: 1, enforce: 'block', billing: 'purchased' },
      { id: 'soft', counts: { kind: 'logins' }, purchased: 1, enforce: 'warn', billing: 'purchased' },
      {
        id: 'paid',
        counts: { kind: 'logins' },
        purchased: 1,
        enforce: 'purchase',
        billing: 'purchased',
        price: { amount: 100, per: 'month' },
      },
      { id: 'open', counts: { kind: 'logins' }, enforce: 'none', billing: 'usage' },
    ],
  };
  it.each([
    ['block beats confirm and warn', ['hard', 'soft', 'paid'], 'block'],
    ['confirm beats warn', ['soft', 'paid'], 'confirm'],
    ['warn pools over the limit warn', ['soft'], 'warn'],
    ['an unpriced pool without a limit allows', ['open'], 'allow'],
  ])('%s', (_name, ids, outcome) => {
    const policy = { ...mixed, pools: mixed.pools.filter((p) => ids.includes(p.id)) };
    expect(verdict(policy, { users: [{ id: 'u' }] }, { kind: 'add-user', user: { id: 'n' } }).outcome).toBe(
      outcome,
    );
  });

  it('a warn pool says over-limit and a purchase pool monthly price is one month', () => {
    const v = verdict(mixed, { users: [{ id: 'u' }] }, { kind: 'add-user', user: { id: 'n' } });
    expect(v.reasons.map((r) => [r.code, r.pool])).toEqual([
      ['over-limit', 'hard'],
      ['over-limit', 'soft'],
      ['needs-purchase', 'paid'],
    ]);
    expect(v.costs).toEqual([
      {
        pool: 'paid',
        seats: 1,
        amount: 100,
        currency: 'EUR',
        per: 'month',
        prorated: false,
        from: '2026-11-22',
        to: '2026-12-21',
        price: { amount: 100, per: 'month' },
      },
    ]);
  });
});

it('check gives the same verdict for equal input whatever the clock says', () => {
  const args = [qics(), qicsSnapshot(24), { kind: 'add-user', user: { id: 'n' } }, opts] as const;
  expect(check(...args)).toEqual(check(...args));
});
