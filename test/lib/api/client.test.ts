import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSeatApi, type SeatApiOptions, type SeatsResult } from '../../../lib/api';
import { badEnforceBody, problem, searchBody, seatsBody, TOKEN } from './fixtures';
import { type Reply, type SeatServer, startSeatServer } from './seat-server';

let server: SeatServer;
let elsewhere: SeatServer;

beforeAll(async () => {
  [server, elsewhere] = await Promise.all([startSeatServer(), startSeatServer()]);
});
afterAll(async () => {
  await Promise.all([server.close(), elsewhere.close()]);
});

// Small timeouts and backoff keep the suite fast; assertions are on attempts and codes, never on durations.
function api(options: Partial<SeatApiOptions> = {}) {
  return createSeatApi({
    baseUrl: `${server.origin}/seat-api`,
    token: TOKEN,
    signal: new AbortController().signal,
    timeoutMs: 300,
    totalTimeoutMs: 2_000,
    backoffMs: 1,
    ...options,
  });
}

const seatsPath = (tenant: string) => `/seat-api/v1/tenants/${tenant}/seats`;
const ok: Reply = { body: seatsBody, headers: { etag: '"v1"' } };

/** The facts of the tenant asked for: the client rejects another tenant's. */
const bodyOf = (tenant: string) => ({ ...seatsBody, policy: { ...seatsBody.policy, tenant } });

/** The replies as the tenant's own: any facts in them are the tenant's. */
function scriptFor(tenant: string, replies: Reply[]): void {
  const own = (reply: Reply) => (reply.body === seatsBody ? { ...reply, body: bodyOf(tenant) } : reply);
  server.script(seatsPath(tenant), replies.map(own));
}
const fresh = {
  status: 'fresh' as const,
  data: expect.objectContaining({ policy: expect.any(Object) }),
  etag: '"v1"',
};

describe('seats: success', () => {
  it.each<[string, Reply[], number, { etag?: string }, Partial<SeatsResult>]>([
    ['200 with a valid body', [ok], 1, {}, fresh],
    [
      '304 on a matching If-None-Match',
      [{ status: 304, headers: { etag: '"v1"' } }],
      1,
      { etag: '"v1"' },
      { status: 'not-modified', etag: '"v1"' },
    ],
    ['500 then 200 (retried)', [{ status: 500, body: problem(500, 'Oops') }, ok], 2, {}, fresh],
    ['502, 504 then 200 (retried twice)', [{ status: 502 }, { status: 504 }, ok], 3, {}, fresh],
    ['408 then 200', [{ status: 408 }, ok], 2, {}, fresh],
    [
      '429 with Retry-After: 0 then 200',
      [{ status: 429, headers: { 'retry-after': '0' } }, ok],
      2,
      {},
      fresh,
    ],
    [
      '503 with a past HTTP-date Retry-After then 200',
      [{ status: 503, headers: { 'retry-after': new Date(0).toUTCString() } }, ok],
      2,
      {},
      fresh,
    ],
    [
      'a slow answer past the per-attempt timeout, then a fast one',
      [{ ...ok, delayMs: 1_000 }, ok],
      2,
      {},
      fresh,
    ],
  ])('%s', async (name, replies, attempts, options, expected) => {
    const tenant = `ok-${name.replace(/\W+/g, '-').toLowerCase()}`.slice(0, 60);
    scriptFor(tenant, replies);
    await expect(api().seats(tenant, options)).resolves.toEqual(expected);
    expect(server.hits(seatsPath(tenant))).toHaveLength(attempts);
  });

  it('sends the bearer token and If-None-Match, under the base path', async () => {
    scriptFor('headers-demo', [ok]);
    await api().seats('headers-demo', { etag: 'W/"v0"' });
    const [hit] = server.hits(seatsPath('headers-demo'));
    expect(hit?.method).toBe('GET');
    expect(hit?.headers).toMatchObject({
      authorization: `Bearer ${TOKEN}`,
      accept: 'application/json',
      'if-none-match': 'W/"v0"',
    });
  });

  it('gives the parsed data with schema defaults and a null etag when none is sent', async () => {
    scriptFor('no-etag-demo', [{ body: seatsBody }]);
    const result = await api().seats('no-etag-demo');
    expect(result).toMatchObject({ status: 'fresh', etag: null });
    expect(result.status === 'fresh' && result.data.snapshot.users[0]).toEqual({
      id: 'u1',
      login: true,
      roles: [],
      teams: [],
      billable: true,
    });
  });
});

describe('seats: failure', () => {
  // attempts: 'any' where the count depends on timers.
  it.each<[string, Reply[], number | 'any', Record<string, unknown>, RegExp]>([
    [
      '500 forever',
      [{ status: 500, body: problem(500, 'Internal', 'database is locked') }],
      3,
      { code: 'server-error', status: 500, detail: 'database is locked' },
      /database is locked/,
    ],
    [
      '501, not retried',
      [{ status: 501, body: problem(501, 'Not Implemented') }],
      1,
      { code: 'server-error', status: 501, detail: 'Not Implemented' },
      /501/,
    ],
    ['400, not retried', [{ status: 400 }], 1, { code: 'server-error', status: 400 }, /unexpected answer/],
    [
      '401',
      [{ status: 401, body: problem(401, 'Unauthorized') }],
      1,
      { code: 'unauthorized', status: 401 },
      /token/,
    ],
    [
      '403',
      [{ status: 403, body: problem(403, 'Forbidden') }],
      1,
      { code: 'forbidden', status: 403 },
      /token/,
    ],
    ['404', [{ status: 404 }], 1, { code: 'not-found', status: 404 }, /no such resource/],
    [
      '429 forever',
      [{ status: 429, headers: { 'retry-after': '0' } }],
      3,
      { code: 'rate-limited', retryAfterMs: 0 },
      /limiting/,
    ],
    [
      '429 asking to wait past the total timeout',
      [{ status: 429, headers: { 'retry-after': '3600' } }],
      1,
      { code: 'rate-limited', retryAfterMs: 3_600_000 },
      /retry in 3600 s/,
    ],
    [
      'malformed JSON',
      [{ raw: '{"policy":', headers: { 'content-type': 'application/json' } }],
      1,
      { code: 'invalid-response', status: 200 },
      /\(200\): not JSON/,
    ],
    ['an empty 200', [{ raw: '' }], 1, { code: 'invalid-response', status: 200 }, /not JSON/],
    [
      'the wrong shape',
      [{ body: badEnforceBody }],
      1,
      { code: 'invalid-response', status: 200 },
      /\(200\): policy\.pools\[0\]\.enforce: Invalid option/,
    ],
    ['an array instead of an object', [{ body: [] }], 1, { code: 'invalid-response' }, /expected object/],
    // Once a stack overflow in the parser, reported as "Seat API unreachable".
    [
      '200k invalid pools',
      [{ body: { ...seatsBody, policy: { ...seatsBody.policy, pools: Array(200_000).fill({ id: 5 }) } } }],
      1,
      { code: 'invalid-response', status: 200 },
      /\(200\): /,
    ],
    [
      'a bad user in the snapshot',
      [{ body: { ...seatsBody, snapshot: { users: [{ id: 'u1' }, { id: 'u2', login: 'yes' }] } } }],
      1,
      { code: 'invalid-response', status: 200 },
      /\(200\): snapshot\.users\[1\]\.login: Invalid input: expected boolean/,
    ],
    [
      'no snapshot',
      [{ body: { policy: seatsBody.policy } }],
      1,
      { code: 'invalid-response', status: 200 },
      /\(200\): snapshot: Invalid input: expected object/,
    ],
    [
      'a slow answer every time',
      [{ ...ok, delayMs: 5_000 }],
      'any',
      { code: 'timeout' },
      /did not answer in time/,
    ],
  ])('%s', async (name, replies, attempts, expected, message) => {
    const tenant = `ko-${name.replace(/\W+/g, '-').toLowerCase()}`.slice(0, 60);
    server.script(seatsPath(tenant), replies);
    const error = await api({ totalTimeoutMs: 400 })
      .seats(tenant)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'SeatApiError', ...expected });
    expect((error as Error).message).toMatch(message);
    if (attempts !== 'any') expect(server.hits(seatsPath(tenant))).toHaveLength(attempts);
  });

  it('refuses a redirect to another origin, which receives no request', async () => {
    const target = `${elsewhere.origin}${seatsPath('moved-demo')}`;
    elsewhere.script(seatsPath('moved-demo'), [ok]);
    server.script(seatsPath('moved-demo'), [{ status: 302, headers: { location: target } }]);
    await expect(api().seats('moved-demo')).rejects.toMatchObject({ code: 'server-error', status: 302 });
    expect(server.hits(seatsPath('moved-demo'))).toHaveLength(1);
    expect(elsewhere.hits()).toHaveLength(0);
  });

  it.each(['../acme', '..', 'a%2Fb', 'a/b', 'Acme', '', ' acme', 'acme?x=1'])(
    'rejects the tenant id %j before any request',
    async (tenant) => {
      const before = server.hits().length;
      await expect(api().seats(tenant)).rejects.toMatchObject({ code: 'config' });
      expect(server.hits()).toHaveLength(before);
    },
  );

  it('maps a refused connection to network after retrying', async () => {
    const closed = await startSeatServer();
    await closed.close();
    const fetch = vi.fn(globalThis.fetch);
    await expect(api({ baseUrl: closed.origin, fetch }).seats('acme-demo')).rejects.toMatchObject({
      code: 'network',
    });
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});

describe('seats: what the page cannot carry (issue 13)', () => {
  const pad = (bytes: number) => ' '.repeat(bytes);

  // Bodies are the tenant's facts padded with whitespace: only their size differs. maxBytes: over the facts.
  it.each<[string, (json: string) => Reply, number, string | null]>([
    ['a body at the cap', (json) => ({ raw: json + pad(100) }), 100, null],
    ['a body over the cap, with its Content-Length', (json) => ({ raw: json + pad(101) }), 100, 'too-large'],
    [
      'a body over the cap in chunks, with no length',
      (json) => ({ chunks: [json, pad(60_000)], raw: pad(60_000) }),
      100_000,
      'too-large',
    ],
  ])('%s', async (name, reply, over, code) => {
    const tenant = `cap-${name.replace(/\W+/g, '-').toLowerCase()}`.slice(0, 60);
    const json = JSON.stringify(bodyOf(tenant));
    server.script(seatsPath(tenant), [reply(json)]);
    const result = await api({ maxBytes: json.length + over })
      .seats(tenant)
      .catch((error: unknown) => error);
    if (code === null) expect(result).toMatchObject({ status: 'fresh' });
    else
      expect(result).toMatchObject({
        name: 'SeatApiError',
        code,
        message: expect.stringMatching(/more than/),
      });
    // Refused once: a size is not a transient failure to retry.
    expect(server.hits(seatsPath(tenant))).toHaveLength(1);
  });

  it('refuses a 70 MB body by default (64 MiB): too-large, not unreachable', async () => {
    server.script(seatsPath('huge-demo'), [{ raw: JSON.stringify(bodyOf('huge-demo')) + pad(70_000_000) }]);
    await expect(api({ timeoutMs: 10_000, totalTimeoutMs: 10_000 }).seats('huge-demo')).rejects.toMatchObject(
      {
        code: 'too-large',
      },
    );
  });

  it.each<[string, string | undefined, string | null]>([
    ['a strong tag', '"v1"', '"v1"'],
    ['a weak tag', 'W/"v1"', 'W/"v1"'],
    ['a non-ASCII tag', '"vé"', null],
    // A 60 kB one (the finding) passes Chromium but not Node's own header limit of 16 kB.
    ['an 8 kB tag', `"${'x'.repeat(8_000)}"`, null],
    ['a 1 kB tag', `"${'x'.repeat(1022)}"`, `"${'x'.repeat(1022)}"`],
    ['no tag', undefined, null],
  ])('keeps only an ETag worth sending back: %s', async (name, etag, kept) => {
    const tenant = `etag-${name.replace(/\W+/g, '-').toLowerCase()}`.slice(0, 60);
    scriptFor(tenant, [{ body: seatsBody, ...(etag !== undefined && { headers: { etag } }) }]);
    await expect(api().seats(tenant)).resolves.toMatchObject({ status: 'fresh', etag: kept });
  });

  it.each([
    ['CR LF', '"v1"\r\nx-evil: 1'],
    ['a control character', '"v\u0001"'],
    ['non-ASCII', '"vé"'],
    ['60 kB', `"${'x'.repeat(60_000)}"`],
  ])('sends no If-None-Match for a bad tag (%s), and asks afresh', async (name, etag) => {
    const tenant = `bad-tag-${name.replace(/\W+/g, '-').toLowerCase()}`;
    scriptFor(tenant, [ok]);
    await expect(api().seats(tenant, { etag })).resolves.toMatchObject({ status: 'fresh', etag: '"v1"' });
    expect(server.hits(seatsPath(tenant))[0]?.headers['if-none-match']).toBeUndefined();
  });

  it('rejects the facts of another tenant as an invalid response', async () => {
    server.script(seatsPath('other-demo'), [{ body: bodyOf('acme-demo') }]);
    await expect(api().seats('other-demo')).rejects.toMatchObject({
      code: 'invalid-response',
      status: 200,
      message: expect.stringContaining('policy.tenant: not other-demo'),
    });
  });
});

describe('abort', () => {
  const hanging: Reply[] = [{ ...ok, delayMs: 5_000 }];

  it.each(['client', 'call'] as const)(
    'an abort of the %s signal mid-request gives aborted',
    async (which) => {
      const tenant = `abort-${which}-demo`;
      server.script(seatsPath(tenant), hanging);
      const controller = new AbortController();
      const client = api({
        timeoutMs: 5_000,
        totalTimeoutMs: 10_000,
        ...(which === 'client' ? { signal: controller.signal } : {}),
      });
      const pending = client.seats(tenant, which === 'call' ? { signal: controller.signal } : {});
      await waitFor(() => server.hits(seatsPath(tenant)).length === 1);
      controller.abort();
      await expect(pending).rejects.toMatchObject({ code: 'aborted' });
      expect(server.hits(seatsPath(tenant))).toHaveLength(1);
    },
  );

  it('a signal aborted before the call gives aborted', async () => {
    const before = server.hits().length;
    await expect(api().seats('acme-demo', { signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'aborted',
    });
    expect(server.hits()).toHaveLength(before);
  });
});

describe('searchTenants', () => {
  const path = '/seat-api/v1/tenants';

  it('sends q and limit and gives the parsed tenants', async () => {
    server.script(path, [{ body: searchBody }]);
    await expect(api().searchTenants('acme', { limit: 5 })).resolves.toEqual(searchBody);
    const url = new URL(server.hits(path).at(-1)?.url ?? '', server.origin);
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'acme', limit: '5' });
  });

  it('names the bad path of a wrong answer', async () => {
    server.script(path, [{ body: { tenants: [{ ...searchBody.tenants[0], level: 'fine' }] } }]);
    await expect(api().searchTenants('acme')).rejects.toMatchObject({
      code: 'invalid-response',
      message: expect.stringContaining('tenants[0].level'),
    });
  });

  it.each([0, 51, 1.5])('rejects limit %j before any request', async (limit) => {
    const before = server.hits().length;
    await expect(api().searchTenants('acme', { limit })).rejects.toMatchObject({ code: 'config' });
    expect(server.hits()).toHaveLength(before);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
