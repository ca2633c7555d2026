// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SeatApiError, type SeatApiErrorCode } from '../../lib/api';
import { RulesInputError } from '../../lib/rules';
import { failureOf } from '../../widget/failure';
import { TokenProviderError } from '../../widget/token';

describe('failureOf', () => {
  it.each<[SeatApiErrorCode, string]>([
    ['unauthorized', 'widget-token'],
    // A wrong tenant id or a token for another tenant: set-up, not a token to renew (the API does not say which).
    ['forbidden', 'widget-setup'],
    ['not-found', 'widget-setup'],
    ['config', 'widget-setup'],
    ['network', 'network'],
    ['timeout', 'timeout'],
    ['rate-limited', 'rate-limited'],
    ['server-error', 'server-error'],
    ['invalid-response', 'invalid-response'],
  ])('Seat API %s is reported as such and shown as %s', (code, shown) => {
    expect(failureOf(new SeatApiError(code, `it was ${code}`))).toEqual({
      code,
      message: `it was ${code}`,
      shown,
    });
  });

  it.each([
    [new TokenProviderError('tokenProvider failed: down'), 'token-provider', 'widget-token'],
    [new RulesInputError('policy.pools[0].enforce', 'bad'), 'invalid-response', 'invalid-response'],
    [new TypeError('boom'), 'unknown', 'unknown'],
  ])('%s → %s, shown as %s', (error, code, shown) => {
    const failure = failureOf(error);
    expect(failure.code).toBe(code);
    expect(failure.shown).toBe(shown);
    expect(failure.message).toContain(error.message);
  });
});
