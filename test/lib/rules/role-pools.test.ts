import { describe, expect, it } from 'vitest';
import { check, evaluate, type PolicyInput, RulesInputError, type SnapshotInput } from '../../../lib/rules';
import { NOW } from './fixtures';

// rules-api.md v1.1 4: a role pool names `role` or `roles`; holding any of them takes one seat, in the
// first matching pool in policy order. Go Vocal's project and folder moderators share one manager pool (003).

const opts = { now: NOW };
type Counts = PolicyInput['pools'][number]['counts'];

function govocal(managers: Counts): PolicyInput {
  return {
    tenant: 'velden',
    name: 'Gemeente Velden',
    currency: 'EUR',
    contract: { start: '2026-04-01', end: '2027-03-31', cycle: 'year' },
    pools: [
      {
        id: 'admins',
        counts: { kind: 'role', role: 'admin' },
        included: 2,
        enforce: 'purchase',
        billing: 'purchased',
        price: { amount: 95000, per: 'year' },
      },
      {
        id: 'managers',
        counts: managers,
        included: 3,
        enforce: 'purchase',
        billing: 'purchased',
        price: { amount: 60000, per: 'year' },
      },
    ],
  };
}

const moderators: Counts = { kind: 'role', roles: ['project-moderator', 'folder-moderator'] };
const snapshot: SnapshotInput = {
  users: [
    { id: 'a1', roles: ['admin'] },
    { id: 'a2', roles: ['admin', 'folder-moderator'] },
    { id: 'p1', roles: ['project-moderator'] },
    { id: 'f1', roles: ['folder-moderator'] },
    { id: 'b1', roles: ['project-moderator', 'folder-moderator'] },
    { id: 'r1', roles: ['viewer'] },
  ],
};

describe('role pools of several roles', () => {
  it('a user holding any of the roles takes one seat, once, and the first pool wins', () => {
    const pools = evaluate(govocal(moderators), snapshot, opts).pools;
    expect(pools.map((p) => [p.id, p.used])).toEqual([
      ['admins', 2],
      ['managers', 3],
    ]);
  });

  it('`role` alone stays valid and counts as before', () => {
    const pools = evaluate(govocal({ kind: 'role', role: 'project-moderator' }), snapshot, opts).pools;
    expect(pools[1]?.used).toBe(2);
  });

  it('a fourth moderator needs one seat bought, as one line', () => {
    const v = check(
      govocal(moderators),
      snapshot,
      { kind: 'add-user', user: { id: 'n', roles: ['folder-moderator'] } },
      opts,
    );
    expect(v.reasons).toEqual([{ code: 'needs-purchase', pool: 'managers', params: { seats: 1 } }]);
    expect(v.costs).toHaveLength(1);
  });

  it('moving a moderator to admin moves the seat: managers free one, admins need one', () => {
    const v = check(
      govocal(moderators),
      snapshot,
      { kind: 'update-user', id: 'p1', set: { roles: ['admin'] } },
      opts,
    );
    expect(v.pools.map((p) => [p.id, p.delta])).toEqual([
      ['admins', 1],
      ['managers', -1],
    ]);
  });

  it.each<[string, unknown, RegExp]>([
    [
      'both role and roles',
      { kind: 'role', role: 'admin', roles: ['admin'] },
      /^policy\.pools\[1\]\.counts: a role pool names exactly one/,
    ],
    ['neither', { kind: 'role' }, /^policy\.pools\[1\]\.counts: a role pool names exactly one/],
    ['an empty list', { kind: 'role', roles: [] }, /^policy\.pools\[1\]\.counts\.roles: /],
    [
      'an empty role name in the list',
      { kind: 'role', roles: ['admin', ''] },
      /^policy\.pools\[1\]\.counts\.roles\[1\]: /,
    ],
  ])('refuses %s with RulesInputError naming the path', (_name, counts, message) => {
    const run = () => evaluate(govocal(counts as Counts), snapshot, opts);
    expect(run).toThrow(RulesInputError);
    expect(run).toThrow(message);
  });
});
