import { describe, expect, it } from 'vitest';
import { type ChangeInput, check, evaluate, type PolicyInput, RulesInputError } from '../../../lib/rules';
import { am, amSnapshot, echo, echoSnapshot, NOW, qics, qicsSnapshot } from './fixtures';

const opts = { now: NOW };
const [pool] = qics().pools as [PolicyInput['pools'][number]];

describe('RulesInputError names the offending path', () => {
  it.each([
    ['policy missing', () => evaluate(undefined as never, {}, opts), /^policy: /],
    [
      'bad enforce',
      () => evaluate({ ...qics(), pools: [{ ...pool, enforce: 'nope' } as never] }, {}, opts),
      /^policy\.pools\[0\]\.enforce: /,
    ],
    [
      'unknown counts kind',
      () => evaluate({ ...qics(), pools: [{ ...pool, counts: { kind: 'heads' } } as never] }, {}, opts),
      /^policy\.pools\[0\]\.counts/,
    ],
    [
      'module without a module',
      () => evaluate({ ...qics(), pools: [{ ...pool, counts: { kind: 'module' } } as never] }, {}, opts),
      /^policy\.pools\[0\]\.counts\.module: /,
    ],
    [
      'negative purchased',
      () => evaluate({ ...qics(), pools: [{ ...pool, purchased: -1 }] }, {}, opts),
      /^policy\.pools\[0\]\.purchased: /,
    ],
    [
      'fractional price',
      () => evaluate({ ...qics(), pools: [{ ...pool, price: { amount: 1.5, per: 'month' } }] }, {}, opts),
      /^policy\.pools\[0\]\.price\.amount: /,
    ],
    [
      'bad currency',
      () => evaluate({ ...qics(), currency: 'euro' }, {}, opts),
      /^policy\.currency: .*ISO 4217/,
    ],
    [
      'bad contract date',
      () => evaluate({ ...qics(), contract: { start: '2026-02-30', cycle: 'month' } }, {}, opts),
      /^policy\.contract\.start: /,
    ],
    [
      'contract ends before it starts',
      () =>
        evaluate(
          { ...qics(), contract: { start: '2026-04-01', end: '2026-03-31', cycle: 'year' } },
          {},
          opts,
        ),
      /^policy\.contract\.end: /,
    ],
    ['warnAt above 1', () => evaluate({ ...qics(), warnAt: 1.5 }, {}, opts), /^policy\.warnAt: /],
    [
      'duplicate pool ids',
      () => evaluate({ ...qics(), pools: [pool, pool] as never }, {}, opts),
      /^policy\.pools\[1\]\.id: duplicate/,
    ],
    ['users not a list', () => evaluate(qics(), { users: {} } as never, opts), /^snapshot\.users: /],
    [
      'user without id',
      () => evaluate(qics(), { users: [{ id: 'a' }, { login: true }] } as never, opts),
      /^snapshot\.users\[1\]\.id: /,
    ],
    [
      'duplicate user ids',
      () => evaluate(qics(), { users: [{ id: 'a' }, { id: 'a' }] }, opts),
      /^snapshot\.users\[1\]\.id: duplicate id "a"/,
    ],
    [
      'negative vendor count',
      () => evaluate(qics(), { counts: { users: -2 } }, opts),
      /^snapshot\.counts\.users: /,
    ],
    [
      'a user on an unknown profile',
      () => evaluate(am(), { ...amSnapshot(), users: [{ id: 'u', profile: 'ghost' }] }, opts),
      /^snapshot\.users\[0\]\.profile: unknown profile "ghost"/,
    ],
    [
      'a member of an unknown team',
      () =>
        evaluate(
          echo('active-members', 1),
          { ...echoSnapshot(), users: [{ id: 'u', teams: ['t1', 'x'] }] },
          opts,
        ),
      /^snapshot\.users\[0\]\.teams\[1\]: unknown team "x"/,
    ],
    ['opts missing', () => evaluate(qics(), {}, undefined as never), /^opts: /],
    ['now not a timestamp', () => evaluate(qics(), {}, { now: 'soon' }), /^opts\.now: /],
  ])('%s', (_name, run, message) => {
    expect(run).toThrow(RulesInputError);
    expect(run).toThrow(message);
  });

  it.each([
    ['an unknown change kind', { kind: 'add-robot' }, /^change\.kind: /],
    ['removing an unknown user', { kind: 'remove-user', id: 'ghost' }, /^change\.id: unknown user "ghost"/],
    [
      'updating an unknown user',
      { kind: 'update-user', id: 'ghost', set: {} },
      /^change\.id: unknown user "ghost"/,
    ],
    [
      'adding an existing user',
      { kind: 'add-user', user: { id: 'u1' } },
      /^change\.user\.id: user "u1" already exists/,
    ],
    [
      'adding an existing employee',
      { kind: 'add-employee', employee: { id: 'e1' } },
      /^change\.employee\.id: /,
    ],
    [
      'a pool that does not exist',
      { kind: 'set-purchased', pool: 'seats', purchased: 3 },
      /^change\.pool: unknown pool "seats"/,
    ],
    ['a negative purchase', { kind: 'set-purchased', pool: 'users', purchased: -3 }, /^change\.purchased: /],
    [
      'a bad valid-until',
      { kind: 'update-user', id: 'u1', set: { validUntil: '31-12-2026' } },
      /^change\.set\.validUntil: /,
    ],
  ])('check: %s', (_name, change, message) => {
    const run = () => check(qics(), qicsSnapshot(3, 3), change as ChangeInput, opts);
    expect(run).toThrow(RulesInputError);
    expect(run).toThrow(message);
  });

  it.each([
    ['archiving an unknown team', { kind: 'archive-team', id: 'ghost' }, /^change\.id: unknown team "ghost"/],
    ['restoring an unknown team', { kind: 'restore-team', id: 'ghost' }, /^change\.id: unknown team "ghost"/],
    ['adding an existing team', { kind: 'add-team', team: { id: 't1' } }, /^change\.team\.id: /],
    [
      'a new member of an unknown team',
      { kind: 'add-user', user: { id: 'n', teams: ['ghost'] } },
      /^change\.user\.teams\[0\]: /,
    ],
    [
      'moving a member to an unknown team',
      { kind: 'update-user', id: 'm1', set: { teams: ['ghost'] } },
      /^change\.set\.teams\[0\]: /,
    ],
  ])('check (teams): %s', (_name, change, message) => {
    expect(() => check(echo('active-members', 1), echoSnapshot(), change as ChangeInput, opts)).toThrow(
      message,
    );
  });

  it('a profile unknown to a tenant without module pools is no error', () => {
    expect(
      evaluate(qics(), { users: [{ id: 'u', profile: 'ghost', teams: ['nowhere'] }] }, opts).pools[0]?.used,
    ).toBe(1);
  });

  it('carries the path and a readable name', () => {
    try {
      check(qics(), {}, { kind: 'remove-user', id: 'x' }, opts);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ name: 'RulesInputError', path: 'change.id' });
    }
  });
});

describe('inputs are never mutated', () => {
  it.each([
    ['evaluate', () => evaluate(deepFreeze(am()), deepFreeze(amSnapshot()), opts)],
    [
      'check',
      () =>
        check(
          deepFreeze(am()),
          deepFreeze(amSnapshot()),
          deepFreeze({ kind: 'update-user', id: 'f0', set: { profile: 'none' } }),
          opts,
        ),
    ],
  ])('%s works on frozen input', (_name, run) => {
    expect(run).not.toThrow();
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
