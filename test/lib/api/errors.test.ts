import { HTTPError, NetworkError, type NormalizedOptions, TimeoutError } from 'ky';
import { describe, expect, it } from 'vitest';
import { isSeatApiError, SeatApiError, type SeatApiErrorCode, toSeatApiError } from '../../../lib/api';
import { problem } from './fixtures';

const request = new Request('https://vendor.example/seat-api/v1/tenants/acme-demo/seats');

function httpError(status: number, data?: unknown, headers: Record<string, string> = {}): HTTPError {
  const error = new HTTPError(new Response(null, { status, headers }), request, {} as NormalizedOptions);
  error.data = data;
  return error;
}

describe('toSeatApiError', () => {
  it.each<[string, unknown, SeatApiErrorCode, Record<string, unknown>]>([
    ['401', httpError(401), 'unauthorized', { status: 401 }],
    ['403 with a problem', httpError(403, problem(403, 'Forbidden')), 'forbidden', { detail: 'Forbidden' }],
    ['404', httpError(404), 'not-found', { status: 404 }],
    [
      '429 with Retry-After seconds',
      httpError(429, undefined, { 'retry-after': '2' }),
      'rate-limited',
      { retryAfterMs: 2000 },
    ],
    [
      '503 with Retry-After',
      httpError(503, undefined, { 'retry-after': '1' }),
      'server-error',
      { retryAfterMs: 1000 },
    ],
    [
      '500 with problem detail',
      httpError(500, problem(500, 'Internal', 'disk full')),
      'server-error',
      { detail: 'disk full' },
    ],
    ['500 with a non-problem body', httpError(500, '<html>'), 'server-error', { detail: undefined }],
    ['a redirect', httpError(302), 'server-error', { message: expect.stringContaining('redirected') }],
    [
      'ky TimeoutError',
      new TimeoutError(request),
      'timeout',
      { message: expect.stringContaining('GET https://vendor.example') },
    ],
    ['DOM TimeoutError', new DOMException('late', 'TimeoutError'), 'timeout', {}],
    ['DOM AbortError', new DOMException('stop', 'AbortError'), 'aborted', {}],
    ['ky NetworkError', new NetworkError(request, { cause: new TypeError('fetch failed') }), 'network', {}],
    [
      'a raw fetch TypeError',
      new TypeError('Failed to fetch'),
      'network',
      { message: expect.stringContaining('Failed to fetch') },
    ],
    ['a thrown string', 'boom', 'network', { cause: 'boom' }],
  ])('maps %s', (_name, thrown, code, fields) => {
    const error = toSeatApiError(thrown);
    expect(error).toBeInstanceOf(SeatApiError);
    expect(error).toMatchObject({ name: 'SeatApiError', code, ...fields });
    expect(error.message.length).toBeGreaterThan(20);
  });

  it('keeps a SeatApiError as it is', () => {
    const error = new SeatApiError('config', 'bad');
    expect(toSeatApiError(error)).toBe(error);
  });
});

describe('isSeatApiError', () => {
  it.each([
    [new SeatApiError('network', 'x'), true],
    [new Error('x'), false],
    [{ code: 'network' }, false],
    [undefined, false],
  ])('%o → %s', (value, expected) => {
    expect(isSeatApiError(value)).toBe(expected);
  });
});
