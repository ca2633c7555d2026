import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Snapshot } from '../../../lib/rules';
import { parseInput } from '../../../lib/rules/errors';
import { parseSnapshot } from '../../../lib/rules/fast-parse';
import { tenantArb } from './arbitraries';

const viaZod = (value: unknown) => parseInput(Snapshot, value, 'snapshot');
const outcome = (parse: (v: unknown) => unknown, value: unknown) => {
  try {
    return { ok: parse(value) };
  } catch (error) {
    return { error: String(error) };
  }
};

describe('the snapshot fast path agrees with the zod schema', () => {
  it('on generated valid snapshots', () => {
    fc.assert(
      fc.property(tenantArb(), ({ snapshot }) => {
        expect(parseSnapshot(snapshot)).toEqual(z.parse(Snapshot, snapshot));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['extra keys are dropped', { users: [{ id: 'u', nickname: 'x' }], extra: 1 }],
    [
      'defaults are filled in',
      { users: [{ id: 'u' }], employees: [{ id: 'e' }], teams: [{ id: 't' }], profiles: [{ id: 'p' }] },
    ],
    ['a user without id', { users: [{ login: true }] }],
    ['an empty id', { users: [{ id: '' }] }],
    ['login as a string', { users: [{ id: 'u', login: 'yes' }] }],
    ['roles not a list', { users: [{ id: 'u', roles: 'admin' }] }],
    ['an impossible valid-until', { users: [{ id: 'u', validUntil: '2026-02-30' }] }],
    ['a leap day', { users: [{ id: 'u', validUntil: '2028-02-29' }] }],
    ['a fractional vendor count', { counts: { users: 1.5 } }],
    ['an unsafe vendor count', { counts: { users: 2 ** 60 } }],
    ['a team flag as a number', { teams: [{ id: 't', archived: 1 }] }],
    ['asOf as a number', { asOf: 5 }],
    ['not an object', []],
    ['null', null],
  ])('%s', (_name, value) => {
    expect(outcome(parseSnapshot, value)).toEqual(outcome(viaZod, value));
  });

  it('never hands back the caller’s arrays', () => {
    const roles = ['admin'];
    const parsed = parseSnapshot({ users: [{ id: 'u', roles }] });
    expect(parsed.users[0]?.roles).not.toBe(roles);
  });
});
