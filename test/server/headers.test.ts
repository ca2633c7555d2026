import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { openDatabase } from '../../server/db/open';
import { seedIfEmpty } from '../../server/db/seed';
import { PORTAL, type Sandbox, startSandbox, tempDataFile, tokens } from './helpers';
import { raw } from './raw';

// X-Content-Type-Options: nosniff and Referrer-Policy: same-origin on every response (issue 13): the Seat API's,
// pages, refusals, errors and static files. same-origin: no URL of ours (tenant and user ids) reaches another
// origin, and our own form posts keep their Origin header (no-referrer would make it `null`).

let sandbox: Sandbox;
let etag = '';
beforeAll(async () => {
  sandbox = await startSandbox(tempDataFile(), { limits: { mint: { limit: 2, windowMs: 60_000 } } });
  const first = await fetch(`${sandbox.url}/v1/tenants/qics-demo/seats`, {
    headers: { Authorization: `Bearer ${tokens.agent}` },
  });
  etag = first.headers.get('etag') ?? '';
});
afterAll(() => sandbox.dispose());

const agent = { Authorization: `Bearer ${tokens.agent}` };

interface Case {
  name: string;
  path: string;
  status: number;
  method?: string;
  headers?: () => Record<string, string>;
  body?: string;
}

const CASES: Case[] = [
  { name: 'seats 200', path: '/v1/tenants/qics-demo/seats', headers: () => agent, status: 200 },
  {
    name: 'seats 304',
    path: '/v1/tenants/qics-demo/seats',
    headers: () => ({ ...agent, 'If-None-Match': etag }),
    status: 304,
  },
  { name: 'seats 401', path: '/v1/tenants/qics-demo/seats', status: 401 },
  {
    name: 'seats 403',
    path: '/v1/tenants/am-demo/seats',
    headers: () => ({ Authorization: `Bearer ${tokens.tenants['qics-demo']}` }),
    status: 403,
  },
  { name: 'API 404', path: '/v1/nothing', headers: () => agent, status: 404 },
  { name: 'OpenAPI document', path: '/v1/openapi.json', status: 200 },
  {
    name: 'CORS preflight',
    path: '/v1/tenants/qics-demo/seats',
    method: 'OPTIONS',
    headers: () => ({ Origin: PORTAL, 'Access-Control-Request-Method': 'GET' }),
    status: 204,
  },
  {
    name: 'foreign host 421',
    path: '/v1/openapi.json',
    headers: () => ({ Host: 'evil.example' }),
    status: 421,
  },
  { name: 'admin page', path: '/t/qics-demo/admin/users', status: 200 },
  { name: 'admin 403 (no token)', path: '/t/qics-demo/admin/users', method: 'POST', status: 403 },
  { name: 'admin 404 page', path: '/t/qics-demo/admin/users/nobody', status: 404 },
  { name: 'unknown page', path: '/nowhere', status: 404 },
  { name: 'sandbox index', path: '/', status: 200 },
  { name: 'stylesheet', path: '/assets/admin.css', status: 200 },
  { name: 'favicon', path: '/favicon.ico', status: 200 },
  { name: 'partner page', path: '/partner', status: 200 },
  { name: 'portal script', path: '/partner/portal.js', status: 200 },
  {
    name: 'token mint 403',
    path: '/partner/token',
    method: 'POST',
    headers: () => ({ Origin: 'https://evil.example', 'Content-Type': 'application/json' }),
    body: '{"tenant":"qics-demo"}',
    status: 403,
  },
  { name: 'rate-limited 429', path: '/partner', status: 429 },
];

describe('every response', () => {
  it.each(CASES)('$name ($status) has nosniff and Referrer-Policy same-origin', async (c) => {
    const answer = await raw(sandbox.url, c.path, { method: c.method, headers: c.headers?.(), body: c.body });
    expect(answer.status).toBe(c.status);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('same-origin');
  });

  it('a 500 of a failing app too', async () => {
    const data = tempDataFile();
    const db = openDatabase(data.dataFile);
    seedIfEmpty(db);
    db.close();
    const app = createApp({
      db,
      tokens,
      corsOrigins: [],
      origins: ['http://localhost'],
      log: () => undefined,
    });
    try {
      for (const path of ['/v1/tenants/qics-demo/seats', '/t/qics-demo/admin/users']) {
        const response = await app.request(path, { headers: agent });
        expect(response.status).toBe(500);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('same-origin');
      }
    } finally {
      rmSync(data.dir, { recursive: true, force: true });
    }
  });

  it('pages keep their own CSP, framing and opener policies; the Seat API has no resource policy portals trip on', async () => {
    const page = await raw(sandbox.url, '/t/qics-demo/admin/users');
    expect(page.headers['content-security-policy']).toContain("script-src 'none'");
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    const seats = await raw(sandbox.url, '/v1/tenants/qics-demo/seats', { headers: agent });
    expect(seats.headers['cross-origin-resource-policy']).toBeUndefined();
    expect(seats.headers['strict-transport-security']).toBeUndefined();
  });
});
