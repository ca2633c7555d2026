import { describe, expect, it } from 'vitest';
import {
  type PolicyInput,
  RulesInputError,
  type SeatHolder,
  type SnapshotInput,
  seatHolders,
} from '../../../lib/rules';
import { am, amSnapshot, citizenlab, citizenlabSnapshot, echo, echoSnapshot, qics } from './fixtures';

/** One pool of kind `counts`, no cap: enough to see who it counts. */
function single(counts: PolicyInput['pools'][number]['counts']): PolicyInput {
  return {
    tenant: 't',
    name: 'T',
    currency: 'EUR',
    contract: { start: '2026-01-01', cycle: 'month' },
    pools: [{ id: 'p', label: 'Pool', counts, enforce: 'none', billing: 'usage' }],
  };
}

/** A row without display fields, its keys in the order seatHolders() writes them. */
const row = (
  pool: string,
  kind: SeatHolder['kind'],
  holder: SeatHolder['holder'],
  id: string,
  reason: SeatHolder['reason'],
): SeatHolder => ({ pool, poolLabel: 'Pool', kind, holder, id, reason });

/** "pool:holder:id:reason" per row, in order. */
const rows = (policy: PolicyInput, snapshot: SnapshotInput) =>
  seatHolders(policy, snapshot).map((r) => `${r.pool}:${r.holder}:${r.id}:${r.reason}`);

describe('seatHolders: who takes which seat and why', () => {
  it.each<[string, PolicyInput, SnapshotInput, string[]]>([
    [
      'logins: every user with a login, linked or not; not a user without one, never an employee (000)',
      single({ kind: 'logins' }),
      {
        users: [{ id: 'u1', employee: 'e1' }, { id: 'u2' }, { id: 'u3', login: false }],
        employees: [{ id: 'e1' }, { id: 'e2' }],
      },
      ['p:user:u1:login', 'p:user:u2:login'],
    ],
    [
      'active-employees: active employees only, whatever their users do',
      single({ kind: 'active-employees' }),
      { users: [{ id: 'u1' }], employees: [{ id: 'e1' }, { id: 'e2', active: false }, { id: 'e3' }] },
      ['p:employee:e1:active-employee', 'p:employee:e3:active-employee'],
    ],
    [
      'module: a login and a profile granting the module; a past valid-until still holds it (001)',
      single({ kind: 'module', module: 'case' }),
      {
        profiles: [{ id: 'full', modules: ['case'] }, { id: 'none' }],
        users: [
          { id: 'u1', profile: 'full' },
          { id: 'u2', profile: 'none' },
          { id: 'u3', profile: 'full', validUntil: '2020-01-01' },
          { id: 'u4', profile: 'full', login: false },
          { id: 'u5' },
        ],
      },
      ['p:user:u1:module', 'p:user:u3:module'],
    ],
    [
      'teams: every team not archived, an empty one too (002, Variante 1)',
      single({ kind: 'teams' }),
      {
        teams: [{ id: 't1' }, { id: 't2', archived: true }, { id: 't3' }],
        users: [{ id: 'm1', teams: ['t1'] }],
      },
      ['p:team:t1:active-team-unit', 'p:team:t3:active-team-unit'],
    ],
    [
      'active-members: members of an active team; not of archived teams alone, not without a login (002, Variante 2)',
      single({ kind: 'active-members' }),
      {
        teams: [{ id: 't1' }, { id: 't2', archived: true }],
        users: [
          { id: 'm1', teams: ['t1', 't2'] },
          { id: 'm2', teams: ['t2'] },
          { id: 'm3', teams: [] },
          { id: 'm4', teams: ['t1'], login: false },
        ],
      },
      ['p:user:m1:active-team'],
    ],
    [
      'role: one seat per person, in the first role pool their roles match (003)',
      {
        ...single({ kind: 'role', role: 'admin' }),
        pools: [
          { id: 'admins', counts: { kind: 'role', role: 'admin' }, enforce: 'none', billing: 'usage' },
          { id: 'managers', counts: { kind: 'role', role: 'manager' }, enforce: 'none', billing: 'usage' },
        ],
      },
      {
        users: [
          { id: 'a1', roles: ['admin', 'manager'] },
          { id: 'm1', roles: ['manager'] },
          { id: 'r1' },
          { id: 'x1', roles: ['admin'], login: false },
        ],
      },
      ['admins:user:a1:role', 'managers:user:m1:role'],
    ],
  ])('%s', (_name, policy, snapshot, expected) => {
    expect(rows(policy, snapshot)).toEqual(expected);
  });

  it.each<[string, PolicyInput, SnapshotInput, SeatHolder[]]>([
    [
      'users carry the name, e-mail and last activity they have, and only those; nulls read as absent',
      single({ kind: 'logins' }),
      {
        users: [
          { id: 'u1', name: 'Eva Meijer', email: 'eva@jansen.example', lastActiveAt: '2026-11-20T08:15:00Z' },
          { id: 'u2', email: 'daan@jansen.example' },
          { id: 'u3', name: null, email: null, lastActiveAt: null },
        ],
      },
      [
        {
          ...row('p', 'logins', 'user', 'u1', 'login'),
          name: 'Eva Meijer',
          email: 'eva@jansen.example',
          lastActiveAt: '2026-11-20T08:15:00Z',
        },
        { ...row('p', 'logins', 'user', 'u2', 'login'), email: 'daan@jansen.example' },
        row('p', 'logins', 'user', 'u3', 'login'),
      ],
    ],
    [
      'a user with billable: false holds no seat, named or not (003, v1.1 2)',
      single({ kind: 'role', role: 'admin' }),
      {
        users: [
          { id: 'a1', roles: ['admin'], name: 'Sanne de Vries' },
          { id: 'gv1', roles: ['admin'], name: 'Go Vocal Support', billable: false },
        ],
      },
      [{ ...row('p', 'role', 'user', 'a1', 'role'), name: 'Sanne de Vries' }],
    ],
    [
      'teams carry their name; a team without one has none',
      single({ kind: 'teams' }),
      { teams: [{ id: 't1', name: 'Vertrieb' }, { id: 't2' }, { id: 't3', name: 'Archiv', archived: true }] },
      [
        { ...row('p', 'teams', 'team', 't1', 'active-team-unit'), name: 'Vertrieb' },
        row('p', 'teams', 'team', 't2', 'active-team-unit'),
      ],
    ],
    [
      'members of a named team carry their own name, not the team’s',
      single({ kind: 'active-members' }),
      { teams: [{ id: 't1', name: 'Vertrieb' }], users: [{ id: 'm1', teams: ['t1'], name: 'Jonas Weber' }] },
      [{ ...row('p', 'active-members', 'user', 'm1', 'active-team'), name: 'Jonas Weber' }],
    ],
    [
      'employees have no display fields',
      single({ kind: 'active-employees' }),
      { employees: [{ id: 'e1' }], users: [{ id: 'u1', employee: 'e1', name: 'Eva Meijer' }] },
      [row('p', 'active-employees', 'employee', 'e1', 'active-employee')],
    ],
  ])('%s', (_name, policy, snapshot, expected) => {
    const found = seatHolders(policy, snapshot);
    expect(found).toEqual(expected);
    // toEqual passes over undefined properties; a row without a field must not have the key at all.
    expect(found.map((r) => Object.keys(r))).toEqual(expected.map((r) => Object.keys(r)));
  });

  it('lists pools in policy order with their label and count kind', () => {
    const found = seatHolders(am(), amSnapshot());
    expect(found.filter((r) => r.pool === 'case')).toHaveLength(10);
    expect(found.filter((r) => r.pool === 'document')).toHaveLength(6);
    expect(found[0]).toEqual({
      pool: 'case',
      poolLabel: 'Ärende',
      kind: 'module',
      holder: 'user',
      id: 'f0',
      reason: 'module',
    });
    expect(found.at(-1)?.pool).toBe('document');
  });

  it.each<[string, PolicyInput, SnapshotInput, Record<string, number>]>([
    ['citizenlab', citizenlab(), citizenlabSnapshot(), { admins: 2, managers: 2 }],
    ['echo members', echo('active-members', 800), echoSnapshot(), { 'active-members': 6 }],
    ['echo teams', echo('teams', 4900), echoSnapshot(), { teams: 4 }],
  ])('%s: as many rows per pool as evaluate() counts', (_name, policy, snapshot, perPool) => {
    const found = seatHolders(policy, snapshot);
    for (const [pool, count] of Object.entries(perPool))
      expect(found.filter((r) => r.pool === pool)).toHaveLength(count);
  });

  it('falls back to the pool id without a label', () => {
    expect(seatHolders(echo('teams', 4900), echoSnapshot())[0]?.poolLabel).toBe('teams');
  });

  it('adds no rows for a vendor count without lists: it names nobody', () => {
    expect(seatHolders(qics(), { counts: { users: 25 } })).toEqual([]);
  });

  it('throws RulesInputError with the path of invalid input', () => {
    expect(() => seatHolders(qics(), { users: [{ id: '' }] })).toThrow(RulesInputError);
    expect(() => seatHolders({ ...qics(), currency: 'euro' }, {})).toThrow(/^policy\.currency/);
  });
});
