import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_TTL_MS, createCsrfTokens } from '../../server/admin/csrf';
import { api, NOW, type Sandbox, startSandbox, tokens } from './helpers';
import { raw } from './raw';
import { Session, session } from './session';

// Cross-port and cross-origin CSRF on the admin forms (issue 13): a page on another port of 127.0.0.1 is the
// same site, so its cookies reach this server; only the Origin / Sec-Fetch-Site check and a token this
// server signed for the tenant keep it out.

let sandbox: Sandbox;
let port: number;
beforeAll(async () => {
  sandbox = await startSandbox();
  port = Number(new URL(sandbox.url).port);
});
afterAll(() => sandbox.dispose());

const FORM = '/t/echo-members/admin/users';

const usersOf = async (tenant: string) => {
  const response = await api(sandbox.url, `/v1/tenants/${tenant}/seats`, tokens.agent);
  return ((await response.json()) as { snapshot: { users: unknown[] } }).snapshot.users.length;
};

let people = 0;
/** A new member each time, so that every accepted post really writes. */
const member = (): [string, string][] => {
  people += 1;
  return [
    ['name', `Nora Brandt ${people}`],
    ['email', `nora.brandt.${people}@echo-members.de`],
    ['teams', 't-design'],
  ];
};

/** Posts the form with exactly these headers (no Origin unless given), as node:http sends them. */
async function post(headers: Record<string, string>, fields: [string, string][]) {
  const body = new URLSearchParams(fields).toString();
  return raw(sandbox.url, FORM, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
}

/** A genuine token of the form's tenant, read from its page. */
const pageToken = async () => (await session(sandbox.url, `${FORM}/new`)).csrf;

describe('an admin POST from anywhere but the tenant’s own page is refused, and nothing is written', () => {
  const other = () => `http://127.0.0.1:${port + 1}`;
  it.each([
    { name: 'an Origin of another port on 127.0.0.1', headers: () => ({ Origin: other() }) },
    {
      name: 'another port, as Chromium says it (same-site)',
      headers: () => ({ Origin: other(), 'Sec-Fetch-Site': 'same-site' }),
    },
    {
      name: 'a cross-site page',
      headers: () => ({ Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }),
    },
    { name: 'an opaque origin (sandboxed frame)', headers: () => ({ Origin: 'null' }) },
    { name: 'Sec-Fetch-Site same-site without Origin', headers: () => ({ 'Sec-Fetch-Site': 'same-site' }) },
    { name: 'neither Origin nor Sec-Fetch-Site', headers: () => ({}) },
  ])('$name, even with a genuine token → 403', async ({ headers }) => {
    const token = await pageToken();
    const before = await usersOf('echo-members');
    const answer = await post(headers(), [['_csrf', token], ...member()]);
    expect(answer.status).toBe(403);
    expect(answer.body).toContain('<h1>Anfrage abgelehnt</h1>');
    expect(await usersOf('echo-members')).toBe(before);
  });

  const own = () => ({ Origin: sandbox.url });
  it.each([
    { name: 'no token', token: async () => undefined },
    { name: 'a forged token', token: async () => `${'0'.repeat(6)}.${'x'.repeat(43)}` },
    { name: 'a short token', token: async () => 'short' },
    { name: 'the cookie value planted from another port', token: async () => 'planted' },
    {
      name: 'a token of another tenant’s page',
      token: async () => (await session(sandbox.url, '/t/echo-teams/admin/users')).csrf,
    },
    { name: 'a token given twice', token: async () => [await pageToken(), await pageToken()] },
  ])('$name, from the own origin → 403', async ({ token }) => {
    const value = await token();
    const sent = value === undefined ? [] : [value].flat().map((t): [string, string] => ['_csrf', t]);
    const before = await usersOf('echo-members');
    const answer = await post({ ...own(), Cookie: 'seatguard_csrf=planted' }, [...sent, ...member()]);
    expect(answer.status).toBe(403);
    expect(await usersOf('echo-members')).toBe(before);
  });
});

describe('the real page’s form goes through', () => {
  it.each([
    { name: 'Origin of the page it was served on', headers: () => ({ Origin: sandbox.url }) },
    {
      name: 'Sec-Fetch-Site same-origin (Origin withheld)',
      headers: () => ({ 'Sec-Fetch-Site': 'same-origin' }),
    },
    {
      name: 'both, as Chromium sends them',
      headers: () => ({ Origin: sandbox.url, 'Sec-Fetch-Site': 'same-origin' }),
    },
    {
      name: 'the page opened as localhost',
      headers: () => ({ Host: `localhost:${port}`, Origin: `http://localhost:${port}` }),
    },
  ])('$name → 303 and the user is written', async ({ headers }) => {
    const before = await usersOf('echo-members');
    const answer = await post(headers(), [['_csrf', await pageToken()], ...member()]);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/t/echo-members/admin/users');
    expect(await usersOf('echo-members')).toBe(before + 1);
  });

  it('keeps working after another port planted cookies on the host (the review’s 403 on the open form)', async () => {
    const admin = await session(sandbox.url, `${FORM}/new`);
    const planted = await post({ Origin: `http://127.0.0.1:${port + 1}`, Cookie: 'seatguard_csrf=planted' }, [
      ['_csrf', 'planted'],
      ...member(),
    ]);
    expect(planted.status).toBe(403);
    // What the old double-submit check compared the form's token with, now in the admin's own cookie jar.
    admin.plant('seatguard_csrf', 'planted');
    const { status } = await admin.post(FORM, member());
    expect(status).toBe(303);
  });

  it('a multipart form with the token works too', async () => {
    const body = new FormData();
    const fields: [string, string][] = [['_csrf', await pageToken()], ...member()];
    for (const [name, value] of fields) body.append(name, value);
    const response = await fetch(`${sandbox.url}${FORM}`, {
      method: 'POST',
      headers: { Origin: sandbox.url },
      body,
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
  });

  it('sets no cookie another port could plant or overwrite', async () => {
    const browser = new Session(sandbox.url);
    await browser.get(`${FORM}/new`);
    const response = await fetch(`${sandbox.url}${FORM}/new`);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(browser.csrf).toMatch(/^[0-9a-z]{1,9}\.[\w-]{43}$/);
  });
});

describe('the flash message cookie', () => {
  const page = (cookie: string) =>
    raw(sandbox.url, '/t/echo-members/admin/users', { headers: { Cookie: `seatguard_flash=${cookie}` } });

  it.each([
    ['planted from another port', 'Call%20%2B1%20555%200100%20now'],
    ['with a forged signature', `${'x'.repeat(43)}.Call%20%2B1%20555%200100%20now`],
  ])('%s is dropped unread', async (_, cookie) => {
    const answer = await page(cookie);
    expect(answer.status).toBe(200);
    expect(answer.body).not.toContain('555');
  });

  it('set by the server after a write is shown once', async () => {
    const admin = await session(sandbox.url, `${FORM}/new`);
    expect((await admin.post(FORM, member())).status).toBe(303);
    expect((await admin.get(FORM)).html).toContain('class="flash"');
    expect((await admin.get(FORM)).html).not.toContain('class="flash"');
  });
});

describe('createCsrfTokens', () => {
  const key = randomBytes(32);
  const tokensOf = createCsrfTokens(key);
  const issued = tokensOf.issue('qics-demo', NOW);
  const later = (ms: number) => new Date(NOW.getTime() + ms);

  it.each([
    { name: 'its own tenant, at once', token: issued, tenant: 'qics-demo', at: NOW, ok: true },
    {
      name: 'its own tenant, an hour on',
      token: issued,
      tenant: 'qics-demo',
      at: later(3_600_000),
      ok: true,
    },
    { name: 'another tenant', token: issued, tenant: 'am-demo', at: NOW, ok: false },
    { name: 'after its lifetime', token: issued, tenant: 'qics-demo', at: later(CSRF_TTL_MS), ok: false },
    { name: 'issued in the future', token: issued, tenant: 'qics-demo', at: later(-120_000), ok: false },
    {
      name: 'signed with another key (an earlier start)',
      token: createCsrfTokens(randomBytes(32)).issue('qics-demo', NOW),
      tenant: 'qics-demo',
      at: NOW,
      ok: false,
    },
    { name: 'its time changed', token: `1${issued}`, tenant: 'qics-demo', at: NOW, ok: false },
    { name: 'not a string', token: ['a'], tenant: 'qics-demo', at: NOW, ok: false },
    { name: 'empty', token: '', tenant: 'qics-demo', at: NOW, ok: false },
  ])('$name → $ok', ({ token, tenant, at, ok }) => {
    expect(tokensOf.verify(token, tenant, at)).toBe(ok);
  });
});
