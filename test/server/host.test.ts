import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Problem } from '../../lib/api/schemas';
import { loopbackOrigins, ownOrigins } from '../../server/http/origins';
import { type Sandbox, startSandbox, tempDataFile, tokens } from './helpers';
import { raw, rawSocket } from './raw';
import { session } from './session';

// The Host allow-list (seat-api.md v1.1, issue 13): a name the attacker controls, pointed at 127.0.0.1 (DNS
// rebinding), reaches this server with its own Host; every route refuses it, without repeating it.

const PUBLIC = 'https://seats.example';

let sandbox: Sandbox;
let port: number;
beforeAll(async () => {
  sandbox = await startSandbox(tempDataFile(), { publicOrigins: [PUBLIC] });
  port = Number(new URL(sandbox.url).port);
});
afterAll(() => sandbox.dispose());

const auth = { Authorization: `Bearer ${tokens.agent}` };
const json = { 'Content-Type': 'application/json' };

/** One route of each kind, with what an allowed host gets from it. */
const ROUTES = [
  { kind: 'Seat API', method: 'GET', path: '/v1/tenants/qics-demo/seats', headers: auth, ok: 200 },
  { kind: 'Seat API search', method: 'GET', path: '/v1/tenants?q=demo', headers: auth, ok: 200 },
  { kind: 'OpenAPI document', method: 'GET', path: '/v1/openapi.json', headers: {}, ok: 200 },
  { kind: 'unknown API path', method: 'GET', path: '/v1/nothing', headers: auth, ok: 404 },
  { kind: 'admin page', method: 'GET', path: '/t/am-demo/admin/users', headers: {}, ok: 200 },
  { kind: 'admin form post', method: 'POST', path: '/t/am-demo/admin/users', headers: {}, ok: 403 },
  { kind: 'sandbox index', method: 'GET', path: '/', headers: {}, ok: 200 },
  { kind: 'partner portal', method: 'GET', path: '/partner', headers: {}, ok: 200 },
  {
    kind: 'widget token mint',
    method: 'POST',
    path: '/partner/token',
    headers: json,
    body: '{"tenant":"qics-demo"}',
    ok: 403,
  },
  { kind: 'static script', method: 'GET', path: '/partner/portal.js', headers: {}, ok: 200 },
  { kind: 'static stylesheet', method: 'GET', path: '/assets/admin.css', headers: {}, ok: 200 },
  { kind: 'favicon', method: 'GET', path: '/favicon.ico', headers: {}, ok: 200 },
  { kind: 'unknown page', method: 'GET', path: '/nowhere', headers: {}, ok: 404 },
];

const FOREIGN = [
  'evil.example',
  'evil.example:PORT',
  '127.0.0.1.evil.example:PORT',
  'localhost.evil.example:PORT',
  'seats.example.evil.example',
  '127.0.0.2:PORT',
  '127.0.0.1:1',
  'localhost',
  '0.0.0.0:PORT',
];

describe('a foreign Host header', () => {
  const cases = ROUTES.flatMap((route) => FOREIGN.map((host) => ({ ...route, host })));
  it.each(cases)('$kind ($method $path) with Host $host → 421, the host not repeated', async (route) => {
    const host = route.host.replace('PORT', String(port));
    const answer = await raw(sandbox.url, route.path, {
      method: route.method,
      headers: { ...route.headers, Host: host },
      body: route.body,
    });
    expect(answer.status).toBe(421);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    expect(z.parse(Problem, JSON.parse(answer.body))).toMatchObject({
      status: 421,
      title: 'Misdirected Request',
    });
    expect(answer.body).not.toContain(host.split(':')[0] ?? host);
    expect(JSON.stringify(answer.headers)).not.toContain('evil');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('the server’s own host names', () => {
  const OWN = [
    '127.0.0.1:PORT',
    'localhost:PORT',
    'LOCALHOST:PORT',
    '[::1]:PORT',
    'seats.example',
    'seats.example:443',
  ];
  const cases = ROUTES.flatMap((route) => OWN.map((host) => ({ ...route, host })));
  it.each(cases)('$kind ($method $path) with Host $host → $ok', async (route) => {
    const answer = await raw(sandbox.url, route.path, {
      method: route.method,
      headers: { ...route.headers, Host: route.host.replace('PORT', String(port)) },
      body: route.body,
    });
    expect(answer.status).toBe(route.ok);
  });

  it('the partner portal names the origin it was asked by, the public one with its scheme', async () => {
    const page = async (host: string) =>
      (await raw(sandbox.url, '/partner', { headers: { Host: host } })).body.match(/ api="([^"]+)"/g);
    expect(new Set(await page(`localhost:${port}`))).toEqual(new Set([` api="http://localhost:${port}"`]));
    expect(new Set(await page('seats.example'))).toEqual(new Set([` api="${PUBLIC}"`]));
  });

  it('the portal behind the public origin mints tokens for its own pages', async () => {
    const mint = (origin: string) =>
      raw(sandbox.url, '/partner/token', {
        method: 'POST',
        headers: { ...json, Host: 'seats.example', Origin: origin },
        body: '{"tenant":"qics-demo"}',
      });
    expect((await mint(PUBLIC)).status).toBe(200);
    expect((await mint('http://seats.example')).status).toBe(403);
    expect((await mint(`http://127.0.0.1:${port + 1}`)).status).toBe(403);
  });
});

describe('requests Hono never sees as sent', () => {
  it('an absolute request-target naming a foreign host is refused, whatever the Host header', async () => {
    const answer = await rawSocket(
      sandbox.url,
      `GET http://evil.example/partner HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 421 /);
    expect(answer.split('\r\n\r\n').slice(1).join('')).not.toContain('evil');
  });

  it('a request without a Host header is a 400 problem with the base headers', async () => {
    const answer = await rawSocket(sandbox.url, 'GET /partner HTTP/1.0\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/content-type: application\/problem\+json/i);
    expect(answer).toMatch(/x-content-type-options: nosniff/i);
  });

  it('admin pages served to a foreign host carry no CSRF token', async () => {
    const answer = await raw(sandbox.url, '/t/am-demo/admin/users/new', {
      headers: { Host: 'evil.example' },
    });
    expect(answer.body).not.toContain('_csrf');
    // …while the own name gets its form.
    expect((await session(sandbox.url, '/t/am-demo/admin/users/new')).csrf).not.toBe('');
  });
});

describe('ownOrigins', () => {
  const own = ownOrigins([...loopbackOrigins(5178), 'https://seats.example', 'http://plain.example:80']);

  it.each([
    ['127.0.0.1:5178', 'http://127.0.0.1:5178'],
    ['localhost:5178', 'http://localhost:5178'],
    ['Localhost:5178', 'http://localhost:5178'],
    ['[::1]:5178', 'http://[::1]:5178'],
    ['seats.example', 'https://seats.example'],
    ['seats.example:443', 'https://seats.example'],
    ['plain.example', 'http://plain.example'],
    ['plain.example:80', 'http://plain.example'],
    ['127.0.0.1:5179', undefined],
    ['127.0.0.1', undefined],
    ['seats.example:80', undefined],
    ['[::1]', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('Host %j → %j', (host, origin) => {
    expect(own.ofHost(host)).toBe(origin);
  });

  it.each([
    ['http://127.0.0.1:5178', true],
    ['http://localhost:5178', true],
    ['https://seats.example', true],
    ['http://seats.example', false],
    ['http://127.0.0.1:5179', false],
    ['https://127.0.0.1:5178', false],
    ['null', false],
    [undefined, false],
  ])('Origin %j is its own: %j', (origin, expected) => {
    expect(own.has(origin)).toBe(expected);
  });
});
