import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { SeatsResponse } from '../../lib/api/schemas';
import { prepareTenant } from '../../lib/rules';
import { type RunningServer, startServer } from '../../server/main';
import { NOW, tempDataFile } from './helpers';
import { parseHtml } from './html';
import { session } from './session';

// A sandbox with a large tenant (SEATGUARD_LARGE): built off the event loop, compressed, full at its logins
// limit, seeded once, and its admin pages paginated.

const USERS = 10_000;
const TENANT = `large-${USERS}`;
const tokens = { agent: 'test-agent', tenants: { 'qics-demo': 'test-qics', [TENANT]: 'test-large' } };
const data = tempDataFile();
const start = () => startServer({ port: 0, dataFile: data.dataFile, tokens, now: () => NOW, large: [USERS] });

let server: RunningServer;
beforeAll(async () => {
  server = await start();
});
afterAll(async () => {
  await server.close();
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET without fetch's own decoding, so that the bytes on the wire are seen. */
function raw(path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const options = { headers: { Authorization: `Bearer ${tokens.agent}`, ...headers } };
    get(`${server.url}${path}`, options, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

const decoders: Record<string, (body: Buffer) => Buffer> = {
  br: brotliDecompressSync,
  gzip: gunzipSync,
  identity: (body) => body,
};

const seats = (tenant: string, headers?: Record<string, string>) =>
  raw(`/v1/tenants/${tenant}/seats`, headers);

describe('one large tenant never stalls another', () => {
  it('answers a small tenant while the large tenant’s first build runs, and shares that build', async () => {
    const done: string[] = [];
    const track = (name: string, request: Promise<Raw>) =>
      request.then((answer) => {
        done.push(name);
        return answer;
      });
    const large = [track('large', seats(TENANT)), track('large again', seats(TENANT))];
    const small = await track('small', seats('qics-demo'));
    expect(small.status).toBe(200);
    expect(done).toEqual(['small']);
    const [first, second] = await Promise.all(large);
    expect([first?.status, second?.status]).toEqual([200, 200]);
    expect(first?.headers.etag).toBe(second?.headers.etag);
    expect(done.slice(1).sort()).toEqual(['large', 'large again']);
  });
});

describe('the seats body of a large tenant', () => {
  it.each([
    ['qics-demo', 'br, gzip', 'br'],
    ['qics-demo', 'gzip', 'gzip'],
    ['qics-demo', 'identity', 'identity'],
    [TENANT, 'gzip, deflate, br', 'br'],
    [TENANT, 'gzip', 'gzip'],
    [TENANT, '', 'identity'],
  ])(
    '%s with Accept-Encoding %j comes as %s and decodes to the same JSON',
    async (tenant, accept, encoding) => {
      const plain = await seats(tenant, { 'Accept-Encoding': 'identity' });
      const answer = await seats(tenant, { 'Accept-Encoding': accept });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe(encoding === 'identity' ? undefined : encoding);
      expect(answer.headers.vary).toMatch(/Accept-Encoding/);
      expect(answer.headers.etag).toBe(plain.headers.etag);
      const decoded = decoders[encoding]?.(answer.body) ?? Buffer.alloc(0);
      expect(JSON.parse(decoded.toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
      if (encoding !== 'identity') expect(answer.body.length).toBeLessThan(plain.body.length / 4);
    },
  );

  it('answers 304 for its ETag, weak or strong, without a body', async () => {
    const { headers } = await seats(TENANT);
    for (const tag of [String(headers.etag), `W/${headers.etag}`]) {
      const answer = await seats(TENANT, { 'If-None-Match': tag, 'Accept-Encoding': 'br' });
      expect(answer.status).toBe(304);
      expect(answer.body.length).toBe(0);
      expect(answer.headers.vary).toMatch(/Accept-Encoding/);
    }
  });

  it('dates asOf when its version was built, and validates as the contract says', async () => {
    const { body } = await seats(TENANT);
    const { policy, snapshot } = z.parse(SeatsResponse, JSON.parse(body.toString('utf8')));
    expect(snapshot.asOf).toBe(NOW.toISOString());
    expect(snapshot.users).toHaveLength(USERS);
    const kinds = new Set(policy.pools.map((p) => p.counts.kind));
    expect([...kinds].sort()).toEqual([
      'active-employees',
      'active-members',
      'logins',
      'module',
      'role',
      'teams',
    ]);
  });

  it('starts exactly at its logins limit, so the guard blocks the next user with a login', async () => {
    const { body } = await seats(TENANT);
    const { policy, snapshot } = z.parse(SeatsResponse, JSON.parse(body.toString('utf8')));
    const tenant = prepareTenant(policy, snapshot);
    const users = tenant.report({ now: NOW.toISOString() }).pools.find((p) => p.kind === 'logins');
    expect(users).toMatchObject({ level: 'full' });
    expect(users?.used).toBe(users?.limit);
    const add = (login: boolean) =>
      tenant.check({ kind: 'add-user', user: { id: 'new', login } }, { now: NOW.toISOString() }).outcome;
    expect(add(true)).toBe('block');
    expect(add(false)).not.toBe('block');
  });

  it.each([
    ['a tenant token, its own large tenant', 'test-large', TENANT, 200],
    ['a tenant token, another tenant', 'test-large', 'qics-demo', 403],
    ['the agent token, a large tenant not asked for', tokens.agent, 'large-999', 404],
  ])('%s → %s', async (_case, token, tenant, status) => {
    expect((await seats(tenant, { Authorization: `Bearer ${token}` })).status).toBe(status);
  });
});

describe('the large tenant’s admin pages', () => {
  const users = `/t/${TENANT}/admin/users`;

  it.each([
    ['', 1, null, '?page=2', '1–50 of 10,000'],
    ['?page=2', 2, '?page=1', '?page=3', '51–100 of 10,000'],
    ['?page=200', 200, '?page=199', null, '9951–10000 of 10,000'],
  ])('users%s shows 50 rows, its place and its links', async (query, _page, prev, next, range) => {
    const browser = await session(server.url, `${users}${query}`);
    const doc = parseHtml((await browser.get(`${users}${query}`)).html);
    expect(doc.querySelectorAll('tr[data-user-id]')).toHaveLength(50);
    expect(doc.querySelector('.pager .page-range')?.textContent).toBe(range);
    expect(doc.querySelector('.pager a[rel="prev"]')?.getAttribute('href') ?? null).toBe(
      prev && `${users}${prev}`,
    );
    expect(doc.querySelector('.pager a[rel="next"]')?.getAttribute('href') ?? null).toBe(
      next && `${users}${next}`,
    );
    expect(doc.querySelector('header.page-header .page-count')?.textContent).toMatch(/^10,000 users/);
  });

  it.each(['?page=201', '?page=0', '?page=-1', '?page=two', '?page=1.5'])(
    'users%s is a 404 page',
    async (query) => {
      const browser = await session(server.url);
      expect((await browser.get(`${users}${query}`)).status).toBe(404);
    },
  );

  it('pages the teams too', async () => {
    const browser = await session(server.url);
    const doc = parseHtml((await browser.get(`/t/${TENANT}/admin/teams?page=3`)).html);
    expect(doc.querySelectorAll('tr[data-team-id]')).toHaveLength(50);
    expect(doc.querySelector('.pager .page-range')?.textContent).toBe('101–150 of 1,000');
  });

  it('refuses a new user with a login at the full licence, in the vendor’s words', async () => {
    const browser = await session(server.url, `${users}/new`);
    const typed: [string, string][] = [
      ['name', 'Nina Park'],
      ['email', 'nina.park@example.com'],
      ['login', '1'],
      ['profile', 'prof-0'],
    ];
    const { status, html } = await browser.post(users, typed);
    expect(status).toBe(409);
    expect(parseHtml(html).querySelector('[role=alert]')?.textContent).toMatch(
      /^Your licence is full: Users/,
    );
  });
});

describe('seeding a large tenant', () => {
  const file = () => new BetterSqlite3(data.dataFile, { readonly: true });
  const state = () => {
    const db = file();
    try {
      return db
        .prepare(
          'SELECT t.version, (SELECT count(*) FROM users u WHERE u.tenant_id = t.id) AS users FROM tenants t WHERE t.id = ?',
        )
        .get(TENANT);
    } finally {
      db.close();
    }
  };

  it('happens once: a second start on the same file keeps the tenant as it is', async () => {
    const before = state();
    const again = await start();
    await again.close();
    expect(state()).toEqual(before);
    expect(before).toMatchObject({ users: USERS });
  });

  it('a reset restores a changed large tenant and keeps an unchanged one', async () => {
    const browser = await session(server.url);
    expect((await browser.post(`/t/${TENANT}/admin/users/u3/delete`, [])).status).toBe(303);
    expect(state()).toMatchObject({ users: USERS - 1 });
    const reset = () =>
      fetch(`${server.url}/v1/sandbox/reset`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${tokens.agent}` },
      });
    expect((await reset()).status).toBe(204);
    const restored = state();
    expect(restored).toMatchObject({ users: USERS });
    expect((await reset()).status).toBe(204);
    expect(state()).toEqual(restored);
  });
});
