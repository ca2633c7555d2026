import { describe, expect, it } from 'vitest';
import { createSeatApi, type SeatApiOptions } from '../../../lib/api';
import { parseConfig } from '../../../lib/api/config';
import { TOKEN } from './fixtures';

const valid: SeatApiOptions = {
  baseUrl: 'https://vendor.example/seat-api/',
  token: TOKEN,
  signal: new AbortController().signal,
};

describe('createSeatApi options', () => {
  it.each<[string, Partial<SeatApiOptions>, RegExp]>([
    [
      'a relative baseUrl',
      { baseUrl: '/seat-api/' },
      /^Seat API client: baseUrl: expected an absolute http\(s\) URL/,
    ],
    ['a host without scheme', { baseUrl: 'vendor.example' }, /baseUrl/],
    ['an ftp baseUrl', { baseUrl: 'ftp://vendor.example/' }, /baseUrl/],
    ['a javascript: baseUrl', { baseUrl: 'javascript:alert(1)' }, /baseUrl/],
    ['credentials in baseUrl', { baseUrl: 'https://user:pw@vendor.example/' }, /baseUrl/],
    ['an empty token', { token: '' }, /token/],
    ['a token with a newline', { token: 'abc\nx-evil: 1' }, /token/],
    ['no signal', { signal: undefined }, /signal/],
    ['a zero timeout', { timeoutMs: 0 }, /timeoutMs/],
    ['a fractional total timeout', { totalTimeoutMs: 1.5 }, /totalTimeoutMs/],
    ['negative retries', { retries: -1 }, /retries/],
    ['a fetch that is not a function', { fetch: 'fetch' as unknown as typeof fetch }, /fetch/],
  ])('rejects %s with a config error', (_name, change, message) => {
    expect(() => createSeatApi({ ...valid, ...change })).toThrow(
      expect.objectContaining({
        name: 'SeatApiError',
        code: 'config',
        message: expect.stringMatching(message),
      }),
    );
  });

  it.each([
    ['https://vendor.example/seat-api', 'https://vendor.example/seat-api/'],
    ['https://vendor.example/seat-api/?x=1#top', 'https://vendor.example/seat-api/'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787/'],
  ])('takes %s as the API base %s', (baseUrl, base) => {
    expect(parseConfig({ ...valid, baseUrl }).base.href).toBe(base);
  });

  it('fills in the defaults: 8 s per attempt, 25 s in total, 2 retries', () => {
    expect(parseConfig(valid)).toMatchObject({
      timeoutMs: 8_000,
      totalTimeoutMs: 25_000,
      retries: 2,
      backoffMs: 300,
    });
  });
});
