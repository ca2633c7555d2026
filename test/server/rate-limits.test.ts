import { rmSync } from 'node:fs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Problem } from '../../lib/api/schemas';
import { createApp } from '../../server/app';
import { openDatabase } from '../../server/db/open';
import { seedIfEmpty } from '../../server/db/seed';
import { DEFAULT_LIMITS, type RateLimits, WindowStore } from '../../server/http/rate-limit';
import { NOW, type Sandbox, startSandbox, tempDataFile, tokens } from './helpers';

// Rate limits (seat-api.md v1.1: 429 with Retry-After), on an injected clock: per token and per address on
// the Seat API, failed authentications per address (refused before the token is even checked), and the
// widget-token mint per address.

const ORIGIN = 'http://127.0.0.1:5178';
const data = tempDataFile();
const db = openDatabase(data.dataFile);
seedIfEmpty(db, NOW);
afterAll(() => {
  db.close();
  rmSync(data.dir, { recursive: true, force: true });
});

const SMALL: RateLimits = {
  token: { limit: 3, windowMs: 10_000 },
  address: { limit: 6, windowMs: 10_000 },
  authFailures: { limit: 3, windowMs: 60_000 },
  mint: { limit: 2, windowMs: 60_000 },
};

let clock = 0;
let now = NOW;
let logs: string[] = [];
let app: ReturnType<typeof createApp>;
beforeEach(() => {
  clock = 1_000_000;
  now = NOW;
  logs = [];
  app = createApp({
    db,
    tokens,
    corsOrigins: [],
    origins: [ORIGIN],
    now: () => now,
    limits: SMALL,
    clock: () => clock,
    log: (line) => logs.push(line),
  });
});

/** A request from `address`, as the Node adapter hands the socket to the app. */
async function from(address: string, path: string, init: RequestInit = {}): Promise<Response> {
  return app.request(`${ORIGIN}${path}`, init, { incoming: { socket: { remoteAddress: address } } });
}

const seats = (address: string, token?: string, tenant = 'qics-demo') =>
  from(
    address,
    `/v1/tenants/${tenant}/seats`,
    token ? { headers: { Authorization: `Bearer ${token}` } } : {},
  );

const mint = (address: string) =>
  from(address, '/partner/token', {
    method: 'POST',
    headers: { Origin: ORIGIN, 'Content-Type': 'application/json' },
    body: JSON.stringify({ tenant: 'echo-teams' }),
  });

const statuses = async (n: number, call: () => Promise<Response>) => {
  const out: number[] = [];
  for (let i = 0; i < n; i += 1) out.push((await call()).status);
  return out;
};

async function expectTooMany(response: Response, retryAfter: number) {
  expect(response.status).toBe(429);
  expect(response.headers.get('retry-after')).toBe(String(retryAfter));
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = await response.text();
  expect(z.parse(Problem, JSON.parse(body))).toMatchObject({ status: 429, title: 'Too Many Requests' });
  expect(body).toContain(`${retryAfter} s`);
}

describe('per token on the Seat API', () => {
  it('answers the token’s 4th request in 10 s with 429 and Retry-After, other tokens as before', async () => {
    const Q = tokens.tenants['qics-demo'];
    expect(await statuses(3, () => seats('10.0.0.1', Q))).toEqual([200, 200, 200]);
    clock += 4_000;
    await expectTooMany(await seats('10.0.0.2', Q), 6);
    expect((await seats('10.0.0.3', tokens.tenants['am-demo'], 'am-demo')).status).toBe(200);
  });

  it('lets the token in again once its window is over', async () => {
    const Q = tokens.tenants['qics-demo'];
    await statuses(4, () => seats('10.0.0.1', Q));
    clock += 9_999;
    expect((await seats('10.0.0.1', Q)).status).toBe(429);
    clock += 1;
    expect((await seats('10.0.0.1', Q)).status).toBe(200);
  });

  it('counts a minted widget token on its own, and logs its first refusal once, naming no token', async () => {
    const { token } = (await (await mint('10.0.0.9')).json()) as { token: string };
    expect(await statuses(5, () => seats('10.0.0.1', token, 'echo-teams'))).toEqual([
      200, 200, 200, 429, 429,
    ]);
    const refusals = logs.filter((line) => line.includes('429'));
    expect(refusals).toEqual([
      'seatguard: 429 rate limited limit="token" who="token of tenant echo-teams" allowed="3 per 10 s" retry-after=10',
    ]);
    expect(logs.join('\n')).not.toContain(token);
  });
});

describe('per address on the Seat API', () => {
  it('answers an address’s 7th request in 10 s with 429, whatever the tokens; other addresses as before', async () => {
    const T = tokens.tenants;
    const calls = [
      () => seats('10.0.0.1', T['qics-demo']),
      () => seats('10.0.0.1', T['am-demo'], 'am-demo'),
      () => from('10.0.0.1', '/v1/openapi.json'),
      () => seats('10.0.0.1', T['echo-teams'], 'echo-teams'),
      () => seats('10.0.0.1', T['echo-members'], 'echo-members'),
      () => seats('10.0.0.1', T['citizenlab-demo'], 'citizenlab-demo'),
    ];
    for (const call of calls) expect((await call()).status).toBe(200);
    await expectTooMany(await seats('10.0.0.1', tokens.agent, 'am-demo'), 10);
    expect((await seats('10.0.0.2', tokens.agent, 'am-demo')).status).toBe(200);
    clock += 10_000;
    expect((await seats('10.0.0.1', tokens.agent, 'am-demo')).status).toBe(200);
  });

  it('keeps IPv4-mapped IPv6 and plain IPv4 of one client in one count', async () => {
    expect(await statuses(3, () => from('::ffff:10.0.0.5', '/v1/openapi.json'))).toEqual([200, 200, 200]);
    expect(await statuses(4, () => from('10.0.0.5', '/v1/openapi.json'))).toEqual([200, 200, 200, 429]);
  });
});

describe('failed authentications per address', () => {
  it.each([
    { name: 'wrong tokens', fail: (a: string) => seats(a, 'guess-1') },
    { name: 'no token', fail: (a: string) => seats(a) },
    {
      name: 'another scheme',
      fail: (a: string) => from(a, '/v1/tenants', { headers: { Authorization: 'Basic eDp5' } }),
    },
  ])('after 3 $name, the address gets 429 before its token is checked, a valid one too', async ({ fail }) => {
    expect(await statuses(3, () => fail('10.0.0.1'))).toEqual([401, 401, 401]);
    await expectTooMany(await seats('10.0.0.1', tokens.agent), 60);
    await expectTooMany(await seats('10.0.0.1', 'guess-2'), 60);
    expect((await seats('10.0.0.2', tokens.agent)).status).toBe(200);
    clock += 59_000;
    await expectTooMany(await seats('10.0.0.1', tokens.agent), 1);
    clock += 1_000;
    expect((await seats('10.0.0.1', tokens.agent)).status).toBe(200);
  });

  it('does not count accepted tokens, refusals for a tenant (403) or expired widget tokens', async () => {
    const { token } = (await (await mint('10.0.0.9')).json()) as { token: string };
    now = new Date(NOW.getTime() + 11 * 60_000);
    expect((await seats('10.0.0.1', token, 'echo-teams')).status).toBe(401);
    expect((await seats('10.0.0.1', token, 'echo-teams')).status).toBe(401);
    expect((await seats('10.0.0.1', tokens.tenants['qics-demo'], 'am-demo')).status).toBe(403);
    expect((await seats('10.0.0.1', 'guess')).status).toBe(401);
    expect((await seats('10.0.0.1', 'guess')).status).toBe(401);
    expect((await seats('10.0.0.1', tokens.agent)).status).toBe(200);
  });

  it('logs each failure on one line with the address and reason, never the token', async () => {
    await seats('10.0.0.1', 'sekrit-guess');
    await seats('10.0.0.1');
    expect(logs).toEqual([
      'seatguard: 401 auth failed reason="invalid token" method="GET" path="/v1/tenants/qics-demo/seats" from="10.0.0.1"',
      'seatguard: 401 auth failed reason="no token" method="GET" path="/v1/tenants/qics-demo/seats" from="10.0.0.1"',
    ]);
    expect(logs.join('\n')).not.toContain('sekrit');
  });

  it('a flood of wrong tokens meets 429s after the limit, and each limit logs its first refusal once', async () => {
    const answers = await statuses(100, () => seats('10.0.0.1', `guess-${Math.random()}`));
    expect(answers.slice(0, 3)).toEqual([401, 401, 401]);
    expect(new Set(answers.slice(3))).toEqual(new Set([429]));
    expect(logs.filter((line) => line.startsWith('seatguard: 401'))).toHaveLength(3);
    expect(logs.filter((line) => line.startsWith('seatguard: 429'))).toEqual([
      'seatguard: 429 rate limited limit="authFailures" who="10.0.0.1" allowed="3 per 60 s" retry-after=60',
      'seatguard: 429 rate limited limit="address" who="10.0.0.1" allowed="6 per 10 s" retry-after=10',
    ]);
  });
});

describe('the widget-token mint per address', () => {
  it('mints twice a minute per address, the portal page counting as a mint', async () => {
    expect((await from('10.0.0.1', '/partner')).status).toBe(200);
    expect((await mint('10.0.0.1')).status).toBe(200);
    await expectTooMany(await mint('10.0.0.1'), 60);
    expect((await from('10.0.0.1', '/partner')).status).toBe(429);
    expect((await mint('10.0.0.2')).status).toBe(200);
    clock += 60_000;
    expect((await mint('10.0.0.1')).status).toBe(200);
  });
});

describe('WindowStore', () => {
  it('counts per key, opens a new window once one ends, and forgets ended windows', () => {
    let t = 0;
    const store = new WindowStore(() => t);
    store.init({ windowMs: 1_000 });
    expect(store.increment('a').totalHits).toBe(1);
    expect(store.increment('a').totalHits).toBe(2);
    expect(store.increment('b').totalHits).toBe(1);
    store.decrement('a');
    expect(store.get('a')?.totalHits).toBe(1);
    t = 999;
    expect(store.get('a')?.resetTime.getTime()).toBe(1_000);
    t = 1_000;
    expect(store.get('a')).toBeUndefined();
    expect(store.increment('a')).toMatchObject({ totalHits: 1, resetTime: new Date(2_000) });
    store.resetKey('a');
    expect(store.get('a')).toBeUndefined();
    t = 5_000;
    store.increment('c');
    expect((store as unknown as { windows: Map<string, unknown> }).windows.size).toBe(1);
  });
});

describe('the defaults', () => {
  it('allow the bench’s one token from one address (about 70 a second) with room to spare', () => {
    const perSecond = ({ limit, windowMs }: { limit: number; windowMs: number }) => limit / (windowMs / 1000);
    expect(perSecond(DEFAULT_LIMITS.token)).toBeGreaterThanOrEqual(100);
    expect(perSecond(DEFAULT_LIMITS.address)).toBeGreaterThanOrEqual(2 * perSecond(DEFAULT_LIMITS.token));
    expect(DEFAULT_LIMITS.authFailures.limit).toBeLessThanOrEqual(50);
  });
});

describe('over HTTP', () => {
  let sandbox: Sandbox;
  afterAll(() => sandbox?.dispose());

  it('counts the socket’s address and answers 429 with Retry-After after the failed authentications', async () => {
    // A clock that stands still: the window's 60 s are all left when the refusal comes.
    const at = Date.now();
    sandbox = await startSandbox(tempDataFile(), {
      limits: { authFailures: { limit: 2, windowMs: 60_000 } },
      clock: () => at,
    });
    const get = (token: string) =>
      fetch(`${sandbox.url}/v1/tenants/qics-demo/seats`, {
        headers: {
          Authorization: `Bearer ${token}`,
          'X-Forwarded-For': `10.9.9.${Math.floor(Math.random() * 200)}`,
        },
      });
    expect((await get('nope-1')).status).toBe(401);
    expect((await get('nope-2')).status).toBe(401);
    const refused = await get(tokens.agent);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(sandbox.logs[0]).toMatch(
      /^seatguard: 401 auth failed reason="invalid token" .* from="127\.0\.0\.1"$/,
    );
  });
});
