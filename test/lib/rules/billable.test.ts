import { describe, expect, it } from 'vitest';
import { type ChangeInput, check, evaluate, type PolicyInput, type SnapshotInput } from '../../../lib/rules';
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

// rules-api.md v1.1 2: `billable: false` (a vendor's own staff, 003) takes no seat in any pool.

const opts = { now: NOW };
const used = (policy: PolicyInput, snapshot: SnapshotInput) =>
  evaluate(policy, snapshot, opts).pools.map((pool) => [pool.id, pool.used]);
const staff = { billable: false };

describe('billable: false takes no seat', () => {
  it.each<[string, PolicyInput, SnapshotInput, [string, number][]]>([
    ['logins (000)', qics(), { users: [{ id: 'u' }, { id: 's', ...staff }] }, [['users', 1]]],
    [
      'module pots (001), whatever the profile grants',
      am(),
      {
        ...amSnapshot(),
        users: [
          { id: 'f', profile: 'full' },
          { id: 's', profile: 'full', ...staff },
        ],
      },
      [
        ['case', 1],
        ['document', 1],
      ],
    ],
    [
      'active members (002)',
      echo('active-members', 800),
      {
        teams: [{ id: 't1' }],
        users: [
          { id: 'm', teams: ['t1'] },
          { id: 's', teams: ['t1'], ...staff },
        ],
      },
      [['active-members', 1]],
    ],
    [
      'role seats (003): a Go Vocal admin in the customer’s tenant',
      citizenlab(),
      {
        users: [
          ...(citizenlabSnapshot().users ?? []),
          { id: 'govocal', roles: ['admin', 'manager'], ...staff },
        ],
      },
      [
        ['admins', 2],
        ['managers', 2],
      ],
    ],
    // A team is billed as a unit whoever its members are (002, Variante 1).
    [
      'teams (002) still count the team',
      echo('teams', 4900),
      { teams: [{ id: 't1' }], users: [{ id: 's', teams: ['t1'], ...staff }] },
      [['teams', 1]],
    ],
  ])('%s', (_name, policy, snapshot, expected) => {
    expect(used(policy, snapshot)).toEqual(expected);
  });

  it('billable: true is the default, as if absent', () => {
    expect(used(qics(), { users: [{ id: 'u', billable: true }] })).toEqual(
      used(qics(), { users: [{ id: 'u' }] }),
    );
  });

  it.each<[string, ChangeInput, string, number]>([
    [
      'adding staff at the limit changes nothing',
      { kind: 'add-user', user: { id: 's', ...staff } },
      'allow',
      0,
    ],
    [
      'making a user staff frees their seat',
      { kind: 'update-user', id: 'u1', set: { billable: false } },
      'allow',
      -1,
    ],
    ['a new customer user at the limit is blocked', { kind: 'add-user', user: { id: 'n' } }, 'block', 1],
  ])('check: %s', (_name, change, outcome, delta) => {
    const v = check(qics(), qicsSnapshot(25), change, opts);
    expect(v.outcome).toBe(outcome);
    expect(v.pools[0]?.delta).toBe(delta);
  });

  it('making staff billable again takes a seat: at 25/25 it blocks', () => {
    const snapshot = {
      ...qicsSnapshot(25),
      users: [...(qicsSnapshot(25).users ?? []), { id: 's', ...staff }],
    };
    const v = check(qics(), snapshot, { kind: 'update-user', id: 's', set: { billable: true } }, opts);
    expect(v).toMatchObject({ outcome: 'block', pools: [{ before: 25, after: 26 }] });
  });

  it('staff in no active team is not the customer’s to remove: no inactive-members suggestion', () => {
    const snapshot = {
      ...echoSnapshot(),
      users: [
        { id: 'm', teams: ['t1'] },
        { id: 's', ...staff },
      ],
    };
    expect(evaluate(echo('active-members', 800), snapshot, opts).suggestions).toEqual([]);
  });
});
