import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSeatApiError, SeatsResponse } from '../../../lib/api';
import { parseBody } from '../../../lib/api/body';
import { seatsBody } from './fixtures';

// The Seat API parser never throws anything but its typed error, whatever the body (issue: bad input of any shape).

const RUNS = { numRuns: Number(process.env.FC_NUM_RUNS ?? 300) };

/** The parsed body, or the SeatApiError's code and message; anything else thrown fails the test. */
function settle(text: string): { ok: true } | { code: string; message: string } {
  try {
    parseBody(SeatsResponse, 200, text);
    return { ok: true };
  } catch (error) {
    if (!isSeatApiError(error)) throw error;
    return { code: error.code, message: error.message };
  }
}

const big = (n: number, item: unknown) => Array.from({ length: n }, () => item);
const bodyWith = (policy: object, snapshot: object) =>
  JSON.stringify({ policy: { ...seatsBody.policy, ...policy }, snapshot });

describe('Seat API body parser', () => {
  it('any JSON text is a parsed body or invalid-response', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = settle(JSON.stringify(value));
        if ('code' in result) expect(result.code).toBe('invalid-response');
      }),
      RUNS,
    );
  });

  it('any text at all is a parsed body or invalid-response', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = settle(text);
        if ('code' in result) expect(result.code).toBe('invalid-response');
      }),
      RUNS,
    );
  });

  it.each<[string, string, RegExp]>([
    ['not JSON', '{"policy":', /not JSON/],
    ['a user without an id', bodyWith({}, { users: [{ login: true }] }), /snapshot\.users\[0\]\.id/],
    ['200k invalid users', bodyWith({}, { users: big(200_000, { id: 5 }) }), /snapshot\.users\[0\]\.id/],
    [
      '200k invalid pools',
      bodyWith({ pools: big(200_000, { id: 5 }) }, {}),
      /too many invalid items|policy\.pools/,
    ],
    [
      'a limit past 2^53',
      bodyWith({ pools: [{ ...seatsBody.policy.pools[0], purchased: 2 ** 60 }] }, {}),
      /policy\.pools\[0\]\.purchased/,
    ],
    [
      'a date past 9999',
      bodyWith({ contract: { start: '10000-01-01', cycle: 'month' } }, {}),
      /policy\.contract\.start/,
    ],
  ])(
    '%s: invalid-response naming the path, never network',
    (_name, text, message) => {
      const result = settle(text);
      expect(result).toMatchObject({ code: 'invalid-response' });
      expect((result as { message: string }).message).toMatch(message);
    },
    60_000,
  );

  it('JSON nulls for absent fields are accepted, as the rules read them', () => {
    const text = bodyWith(
      { warnAt: null },
      { asOf: null, users: [{ id: 'u1', employee: null, name: null }] },
    );
    expect(settle(text)).toEqual({ ok: true });
  });
});
