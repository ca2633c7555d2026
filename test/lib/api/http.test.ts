import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../lib/api/config';
import { createSeatKy } from '../../../lib/api/http';
import { TOKEN } from './fixtures';
import { type SeatServer, startSeatServer } from './seat-server';

// The client exposes GETs only, so the GET-only retry policy and the origin guard are checked on its ky instance.

let server: SeatServer;

beforeAll(async () => {
  server = await startSeatServer();
});
afterAll(() => server.close());

function seatKy(fetch: typeof globalThis.fetch = globalThis.fetch) {
  const signal = new AbortController().signal;
  return createSeatKy(
    parseConfig({ baseUrl: `${server.origin}/seat-api/`, token: TOKEN, signal, fetch, backoffMs: 1 }),
  );
}

describe('retry policy', () => {
  it.each([
    ['get', 3],
    ['post', 1],
    ['put', 1],
    ['delete', 1],
    ['patch', 1],
  ] as const)('%s on a 500 is tried %i time(s)', async (method, attempts) => {
    const path = `/seat-api/v1/${method}-500`;
    server.script(path, [{ status: 500 }]);
    await expect(seatKy()[method](`v1/${method}-500`)).rejects.toMatchObject({ name: 'HTTPError' });
    expect(server.hits(path)).toHaveLength(attempts);
    expect(server.hits(path).every((hit) => hit.method === method.toUpperCase())).toBe(true);
  });
});

describe('origin guard', () => {
  it.each([
    ['another origin', 'https://elsewhere.example/seat-api/v1/tenants'],
    ['the same host on another port', 'http://127.0.0.1:1/seat-api/v1/tenants'],
    ['a root-relative path that drops the base path', '/v1/tenants'],
    ['a path that climbs out of the base path', '../admin/users'],
  ])('refuses %s without fetching', async (_name, input) => {
    const fetch = vi.fn(globalThis.fetch);
    await expect(seatKy(fetch).get(input)).rejects.toMatchObject({ name: 'SeatApiError', code: 'config' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('lets requests under the base through', async () => {
    server.script('/seat-api/v1/ping', [{ body: { ok: true } }]);
    const fetch = vi.fn(globalThis.fetch);
    await expect(seatKy(fetch).get('v1/ping').json()).resolves.toEqual({ ok: true });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
