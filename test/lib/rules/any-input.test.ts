import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  check,
  Day,
  evaluate,
  type PolicyInput,
  Report,
  RulesInputError,
  type SnapshotInput,
  seatHolders,
  Verdict,
} from '../../../lib/rules';
import { batchArb, changeArb, NOW, tenantArb } from './arbitraries';
import { qics } from './fixtures';

// rules-api.md v1.1 8: for any JSON value as policy, snapshot, change(s) or now, evaluate and check return
// a result of the contract's shapes (finite integers, valid dates) or throw RulesInputError; nothing else.

const RUNS = { numRuns: Number(process.env.FC_NUM_RUNS ?? 300) };
const BIG = 60_000;

/** Values that broke the rules before v1.1: ids that name Object.prototype, numbers past 2^53, far dates. */
const nasty = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    '',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    2 ** 53,
    2 ** 53 + 2,
    1e21,
    1e308,
    -1,
    0.5,
    -0,
    '9999-12-31',
    '0000-01-01',
    '9999-12-31T23:59:59Z',
    '2026-02-30',
    '+275760-09-13T00:00:00Z',
    [],
    {},
    true,
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Every path to a value inside `value`. */
function pathsOf(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (value === null || typeof value !== 'object') return out;
  for (const [key, child] of Object.entries(value)) {
    pathsOf(child, [...at, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

/** A copy of `value` with the value at `path` replaced; an own `__proto__` key is set as JSON.parse would. */
function replaced(value: unknown, path: (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  Object.defineProperty(copy, head, {
    value: replaced(copy[head], rest, next),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** A valid tenant and batch with one value somewhere replaced by a nasty one, or a key added beside it. */
const mutatedArb = tenantArb()
  .chain((tenant) => batchArb(tenant).map((changes) => ({ ...tenant, changes, now: NOW as unknown })))
  .chain((input) =>
    fc
      .tuple(
        fc.nat(),
        nasty,
        fc.constantFrom('__proto__', 'constructor', 'counts', 'roles', 'billable', null),
      )
      .map(([pick, value, key]) => {
        // Not the root: that is the test's bundle of arguments, not a value any of them holds.
        const paths = pathsOf(input).slice(1);
        const path = paths[pick % paths.length] ?? [];
        return replaced(input, key === null ? path : [...path, key], value) as typeof input;
      }),
  );

const isDay = (value: unknown) => z.safeParse(Day, value).success;

/** Every number a safe integer, every date-like field a valid day: the shapes hold all the way down. */
function expectWellFormed(value: unknown, key = ''): void {
  if (typeof value === 'number') expect(Number.isSafeInteger(value), `${key} = ${value}`).toBe(true);
  if (['from', 'to', 'effective', 'date'].includes(key) && value !== null)
    expect(isDay(value), key).toBe(true);
  if (Array.isArray(value)) for (const item of value) expectWellFormed(item, key);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) expectWellFormed(v, k);
  }
}

/** The result, or the RulesInputError; anything else thrown fails the test. */
function settle<T>(run: () => T): T | RulesInputError {
  try {
    return run();
  } catch (error) {
    if (error instanceof RulesInputError) return error;
    throw error;
  }
}

type Input = { policy: unknown; snapshot: unknown; changes: unknown; now: unknown };

function expectContract({ policy, snapshot, changes, now }: Input) {
  const opts = { now } as { now: string };
  const p = policy as PolicyInput;
  const s = snapshot as SnapshotInput;
  const report = settle(() => evaluate(p, s, opts));
  if (!(report instanceof RulesInputError)) {
    expect(z.safeParse(Report, report).success).toBe(true);
    expectWellFormed(report);
  }
  const batch = settle(() => check(p, s, changes as never, opts));
  const single = settle(() => check(p, s, (Array.isArray(changes) ? changes[0] : changes) as never, opts));
  for (const verdict of [batch, single]) {
    if (verdict instanceof RulesInputError) continue;
    expect(z.safeParse(Verdict, verdict).success).toBe(true);
    expectWellFormed(verdict);
  }
  const holders = settle(() => seatHolders(p, s));
  if (!(holders instanceof RulesInputError)) expectWellFormed(holders);
}

describe('any input: properties', () => {
  it('arbitrary JSON in every argument gives a well-formed result or RulesInputError', () => {
    const anyJson = fc.record({ policy: nasty, snapshot: nasty, changes: nasty, now: nasty });
    fc.assert(fc.property(anyJson, expectContract), RUNS);
  });

  it('a valid tenant with one value anywhere replaced gives a well-formed result or RulesInputError', () => {
    fc.assert(fc.property(mutatedArb, expectContract), RUNS);
  });

  it('valid tenants at any now between year 0 and 9999 give valid dates or RulesInputError', () => {
    const day = fc
      .integer({ min: Date.parse('0000-01-01T00:00:00Z'), max: Date.parse('9999-12-31T23:59:59Z') })
      .map((ms) => new Date(ms).toISOString());
    const input = tenantArb().chain((t) =>
      fc.tuple(changeArb(t), day).map(([change, now]) => ({ ...t, changes: [change], now })),
    );
    fc.assert(fc.property(input, expectContract), RUNS);
  });
});

describe('any input: regressions', () => {
  const opts = { now: NOW };
  const logins = qics();

  it.each<[string, () => unknown, RegExp]>([
    [
      'now past the last date with four-digit years',
      () => evaluate(logins, {}, { now: '9999-12-31T23:59:59Z' }),
      /^opts\.now: /,
    ],
    ['now that is no timestamp', () => evaluate(logins, {}, { now: 'yesterday' }), /^opts\.now: /],
    ['now as a number', () => evaluate(logins, {}, { now: 5 } as never), /^opts\.now: /],
    [
      'a price that makes an amount past 2^53',
      () =>
        evaluate(
          {
            ...logins,
            pools: [{ ...logins.pools[0], purchased: 10 ** 12, price: { amount: 10 ** 12, per: 'year' } }],
          } as PolicyInput,
          {},
          opts,
        ),
      /^policy\.pools\[0\]\.price\.amount: /,
    ],
    [
      'a count past the largest the rules take',
      () => evaluate(logins, { counts: { users: 2 ** 53 } }, opts),
      /^snapshot\.counts\.users: /,
    ],
  ])('%s is a RulesInputError', (_name, run, message) => {
    expect(run).toThrow(RulesInputError);
    expect(run).toThrow(message);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'a pool, user and team named %s is an ordinary id',
    (id) => {
      const policy = JSON.parse(
        `{"tenant":"t","name":"T","currency":"EUR","contract":{"start":"2026-01-01","cycle":"month"},"pools":[{"id":"${id}","counts":{"kind":"logins"},"purchased":1,"enforce":"block","billing":"purchased"},{"id":"other","counts":{"kind":"logins"},"purchased":1,"enforce":"block","billing":"purchased"}]}`,
      );
      const snapshot = JSON.parse(
        `{"users":[{"id":"${id}","teams":["${id}"]}],"teams":[{"id":"${id}"}],"counts":{"other":1}}`,
      );
      const report = evaluate(policy, snapshot, opts);
      expect(report.pools.map((p) => [p.id, p.used, p.level])).toEqual([
        [id, 1, 'full'],
        ['other', 1, 'full'],
      ]);
      const verdict = check(policy, snapshot, { kind: 'add-user', user: { id: 'n' } }, opts);
      expect(verdict.outcome).toBe('block');
    },
  );

  it('JSON "employee": null is a user without an employee', () => {
    expect(evaluate(logins, JSON.parse('{"users":[{"id":"u","employee":null}]}'), opts).pools[0]?.used).toBe(
      1,
    );
  });
});

describe('any size: linear work, typed errors', () => {
  const opts = { now: NOW };
  const logins = qics(BIG * 10);
  const usersOf = <T>(n: number, item: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => item(i));

  it.each<[string, () => unknown, RegExp]>([
    [
      'a snapshot of invalid users',
      () => evaluate(logins, { users: usersOf(4 * BIG, () => ({ id: 5 })) } as never, opts),
      /^snapshot\.users\[0\]\.id: /,
    ],
    [
      'a policy of invalid pools',
      () => evaluate({ ...logins, pools: usersOf(4 * BIG, () => ({ id: 5 })) } as never, {}, opts),
      /^policy/,
    ],
    [
      'a batch of invalid changes',
      () => check(logins, {}, usersOf(4 * BIG, () => ({ kind: 'nope' })) as never, opts),
      /^change/,
    ],
    [
      'a user with invalid roles',
      () => evaluate(logins, { users: [{ id: 'u', roles: usersOf(4 * BIG, () => 5) }] } as never, opts),
      /^snapshot\.users\[0\]/,
    ],
  ])(
    '%s throws RulesInputError, not a stack overflow',
    (_name, run, message) => {
      expect(run).toThrow(RulesInputError);
      expect(run).toThrow(message);
    },
    60_000,
  );

  it('a user in a great many teams, a profile of a great many modules, a great many users', () => {
    const teams = usersOf(BIG, (i) => ({ id: `t${i}` }));
    const modules = usersOf(BIG, (i) => `m${i}`);
    const policy: PolicyInput = {
      ...logins,
      pools: [
        { id: 'members', counts: { kind: 'active-members' }, enforce: 'none', billing: 'usage' },
        {
          id: 'm',
          counts: { kind: 'module', module: `m${BIG - 1}` },
          purchased: BIG,
          enforce: 'block',
          billing: 'purchased',
        },
        {
          id: 'r',
          counts: { kind: 'role', roles: usersOf(BIG, (i) => `r${i}`) },
          purchased: BIG,
          enforce: 'block',
          billing: 'purchased',
        },
      ],
    };
    const snapshot: SnapshotInput = {
      teams,
      profiles: [{ id: 'p', modules }],
      users: usersOf(BIG, (i) => ({
        id: `u${i}`,
        profile: 'p',
        roles: [`r${i}`],
        teams: i === 0 ? teams.map((t) => t.id) : [`t${i}`],
      })),
    };
    expect(evaluate(policy, snapshot, opts).pools.map((p) => p.used)).toEqual([BIG, BIG, BIG]);
    const archive = check(policy, snapshot, { kind: 'archive-team', id: 't0' }, opts);
    expect(archive.pools[0]?.delta).toBe(0);
  }, 60_000);

  it('a batch of many new users is judged once, as their sum', () => {
    const changes = usersOf(BIG, (i) => ({ kind: 'add-user' as const, user: { id: `n${i}` } }));
    const verdict = check(qics(24), {}, changes, opts);
    expect(verdict.pools[0]).toMatchObject({ before: 0, after: BIG, limit: 25 });
    expect(verdict.outcome).toBe('block');
  }, 60_000);
});
