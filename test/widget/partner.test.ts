// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { openDatabase } from '../../server/db/open';
import { seedIfEmpty } from '../../server/db/seed';
import { PartnerPage } from '../../server/partner/page';
import { widgetScript } from '../../server/partner/widget-script';

// The sandbox partner portal in-process: its page, its token endpoint, and the Seat API accepting its tokens.

const TENANTS = ['am-demo', 'citizenlab-demo', 'echo-members', 'echo-teams', 'qics-demo'];
const ORIGIN = 'http://portal.test';
const dir = mkdtempSync(join(tmpdir(), 'seatguard-partner-'));
const db = openDatabase(join(dir, 'sandbox.sqlite'));
let now = new Date('2026-11-22T09:00:00Z');
const app = createApp({
  db,
  tokens: { agent: 'agent', tenants: {} },
  corsOrigins: [],
  origins: [ORIGIN],
  now: () => now,
});

beforeAll(() => seedIfEmpty(db));
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const mint = (body: unknown, origin = ORIGIN) =>
  app.request(`${ORIGIN}/partner/token`, {
    method: 'POST',
    headers: { Origin: origin, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

const seats = (tenant: string, token: string) =>
  app.request(`${ORIGIN}/v1/tenants/${tenant}/seats`, { headers: { Authorization: `Bearer ${token}` } });

async function page() {
  const response = await app.request(`${ORIGIN}/partner`);
  return { response, html: await response.text() };
}

describe('the portal page without the widget build', () => {
  it.each([
    [false, true],
    [true, false],
  ])('built: %s → says what to run: %s', async (built, says) => {
    const html = String(await PartnerPage({ api: ORIGIN, widgets: [], lang: undefined, built }));
    expect(html.includes('npm run build:widget')).toBe(says);
  });
});

describe('GET /partner', () => {
  it('is served with the strict CSP', async () => {
    const { response } = await page();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'",
    );
  });

  it('has no inline script or style, only its own script files', async () => {
    const { html } = await page();
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    const scripts = [...html.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
    expect(scripts.map(([, attributes]) => /src="([^"]+)"/.exec(attributes ?? '')?.[1])).toEqual([
      '/partner/seat-usage.iife.js',
      '/partner/portal.js',
    ]);
    expect(scripts.every(([, , body]) => body === '')).toBe(true);
  });

  it('embeds one widget per tenant with a token that reads that tenant only', async () => {
    const { html } = await page();
    const widgets = [...html.matchAll(/<seat-usage tenant="([^"]+)" api="([^"]+)" token="([^"]+)"/g)];
    expect(widgets.map(([, tenant]) => tenant).sort()).toEqual(TENANTS);
    for (const [, tenant = '', api, token = ''] of widgets) {
      expect(api).toBe(ORIGIN);
      expect((await seats(tenant, token)).status).toBe(200);
      const other = TENANTS.find((t) => t !== tenant) ?? '';
      expect((await seats(other, token)).status).toBe(403);
    }
  });

  it('passes a supported ?lang= on to the widgets and ignores others', async () => {
    expect((await (await app.request(`${ORIGIN}/partner?lang=nl`)).text()).match(/lang="nl"/g)).toHaveLength(
      6,
    );
    expect(await (await app.request(`${ORIGIN}/partner?lang=xx"><b`)).text()).not.toContain('lang="xx');
  });
});

describe('POST /partner/token', () => {
  it('mints a token the Seat API accepts for that tenant until it expires', async () => {
    const response = await mint({ tenant: 'echo-teams' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { token, expiresAt } = (await response.json()) as { token: string; expiresAt: string };
    expect((await seats('echo-teams', token)).status).toBe(200);
    const started = now;
    now = new Date(Date.parse(expiresAt));
    const expired = await seats('echo-teams', token);
    now = started;
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(((await expired.json()) as { detail: string }).detail).toContain('expired');
  });

  it.each([
    ['from another origin', { tenant: 'qics-demo' }, 'https://evil.example', 403],
    ['without a tenant', {}, ORIGIN, 400],
    ['for a malformed tenant', { tenant: '../admin' }, ORIGIN, 400],
    ['for an unknown tenant', { tenant: 'nobody-demo' }, ORIGIN, 404],
  ])('refuses a request %s', async (_, body, origin, status) => {
    const response = await mint(body, origin);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('GET /partner/seat-usage.iife.js', () => {
  it('answers 503 with what to do when the widget is not built', async () => {
    const missing = new Hono().get('/w.js', widgetScript(new URL('file:///nonexistent/seat-usage.iife.js')));
    const response = await missing.request('/w.js');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build:widget');
  });

  it('serves a built file as JavaScript', async () => {
    const file = pathToFileURL(join(dir, 'w.js'));
    writeFileSync(file, 'void 0;');
    const response = await new Hono().get('/w.js', widgetScript(file)).request('/w.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('void 0;');
  });
});
