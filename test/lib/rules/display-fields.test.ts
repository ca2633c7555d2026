import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, evaluate, type PolicyInput, RulesInputError, type SnapshotInput } from '../../../lib/rules';
import { NOW, tenantArb } from './arbitraries';
import { am, echo, qics } from './fixtures';

// rules-api.md v1.1 3: user name, email, lastActiveAt and team name are shown, never counted.

const opts = { now: NOW };
const RUNS = { numRuns: Number(process.env.FC_NUM_RUNS ?? 200) };
const display = ['name', 'email', 'lastActiveAt'] as const;

/** The tenant without any display field. */
function bare(snapshot: SnapshotInput): SnapshotInput {
  return {
    ...snapshot,
    users: (snapshot.users ?? []).map((user) => {
      const out = { ...user };
      for (const key of display) delete out[key];
      return out;
    }),
    teams: (snapshot.teams ?? []).map(({ name: _name, ...team }) => team),
  };
}

describe('display fields', () => {
  it('never change a count, a level, a cost or a verdict', () => {
    fc.assert(
      fc.property(tenantArb(), ({ policy, snapshot }) => {
        const plain = bare(snapshot);
        const numbers = (s: SnapshotInput) => evaluate(policy, s, opts).pools;
        expect(numbers(snapshot)).toEqual(numbers(plain));
        const change = { kind: 'add-user' as const, user: { id: 'n', name: 'Someone New' } };
        expect(check(policy, snapshot, change, opts)).toEqual(check(policy, plain, change, opts));
      }),
      RUNS,
    );
  });

  it.each<[string, PolicyInput, SnapshotInput, unknown[]]>([
    [
      'inactive members carry name, e-mail and last activity',
      echo('active-members', 800),
      {
        teams: [{ id: 't1', archived: true, name: 'Sales' }],
        users: [
          {
            id: 'm1',
            teams: ['t1'],
            name: 'Eva Meijer',
            email: 'eva@echo.de',
            lastActiveAt: '2026-09-01T08:00:00Z',
          },
          { id: 'm2', teams: ['t1'] },
        ],
      },
      [
        { id: 'm1', name: 'Eva Meijer', email: 'eva@echo.de', lastActiveAt: '2026-09-01T08:00:00Z' },
        { id: 'm2' },
      ],
    ],
    [
      'expired logins carry their names',
      am(),
      {
        profiles: [{ id: 'full', modules: ['case', 'document'] }],
        users: [
          { id: 'x', profile: 'full', validUntil: '2026-01-01', name: 'Nils Berg', email: 'nils@norrby.se' },
        ],
      },
      [{ id: 'x', name: 'Nils Berg', email: 'nils@norrby.se' }],
    ],
    [
      'empty teams carry the team name',
      echo('teams', 4900),
      { teams: [{ id: 't9', name: 'Marketing' }] },
      [{ id: 't9', name: 'Marketing' }],
    ],
  ])('%s', (_name, policy, snapshot, items) => {
    const found = evaluate(policy, snapshot, opts).suggestions.find((s) => s.items.length > 0);
    expect(found?.items).toEqual(items);
    expect(found?.ids).toEqual(items.map((item) => (item as { id: string }).id));
  });

  it.each<[string, unknown, RegExp]>([
    [
      'a date where a timestamp belongs',
      { id: 'u', lastActiveAt: '2026-11-01' },
      /^snapshot\.users\[0\]\.lastActiveAt: /,
    ],
    ['a number as a name', { id: 'u', name: 5 }, /^snapshot\.users\[0\]\.name: /],
    ['an e-mail that is an object', { id: 'u', email: {} }, /^snapshot\.users\[0\]\.email: /],
  ])('refuses %s with RulesInputError naming the path', (_name, user, message) => {
    const run = () => evaluate(qics(), { users: [user] } as SnapshotInput, opts);
    expect(run).toThrow(RulesInputError);
    expect(run).toThrow(message);
  });

  it.each(['2026-11-01T08:00:00Z', '2026-11-01T08:00:00.123+01:00', '2026-11-01T08:00:00'])(
    'accepts the timestamp %s',
    (lastActiveAt) => {
      expect(() => evaluate(qics(), { users: [{ id: 'u', lastActiveAt }] }, opts)).not.toThrow();
    },
  );
});
