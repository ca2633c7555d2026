import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type Sandbox, startSandbox, tokens } from './helpers';
import { Session, session } from './session';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.dispose());

const usersOf = async (tenant: string) => {
  const response = await api(sandbox.url, `/v1/tenants/${tenant}/seats`, tokens.agent);
  return ((await response.json()) as { snapshot: { users: unknown[] } }).snapshot.users.length;
};

const member: [string, string][] = [
  ['name', 'Nora Brandt'],
  ['email', 'nora.brandt@echo-members.de'],
  ['teams', 't-design'],
];

describe('CSRF protection of the admin forms', () => {
  it.each([
    { name: 'no cookie and no token', cookie: false, token: null },
    { name: 'no cookie, a token', cookie: false, token: 'x'.repeat(43) },
    { name: 'the cookie, no token', cookie: true, token: null },
    { name: 'the cookie, a wrong token', cookie: true, token: 'y'.repeat(43) },
    { name: 'the cookie, a short token', cookie: true, token: 'short' },
  ])('$name → 403 and nothing written', async ({ cookie, token }) => {
    const browser = cookie ? await session(sandbox.url) : new Session(sandbox.url);
    const before = await usersOf('echo-members');
    const { status, html } = await browser.post('/t/echo-members/admin/users', member, token);
    expect(status).toBe(403);
    expect(html).toContain('<h1>Anfrage abgelehnt</h1>');
    expect(await usersOf('echo-members')).toBe(before);
  });

  it('a body over 64 KB is refused with 413 before anything is read', async () => {
    const browser = await session(sandbox.url);
    const { status } = await browser.post('/t/echo-members/admin/users', [['name', 'x'.repeat(70_000)]]);
    expect(status).toBe(413);
  });

  it('a token from another browser is refused', async () => {
    const mine = await session(sandbox.url);
    const theirs = await session(sandbox.url);
    const { status } = await mine.post('/t/echo-members/admin/users', member, theirs.csrf);
    expect(status).toBe(403);
  });

  it('the matching cookie and token go through', async () => {
    const browser = await session(sandbox.url, '/t/echo-members/admin/users/new');
    const before = await usersOf('echo-members');
    const { status, location } = await browser.post('/t/echo-members/admin/users', member);
    expect(status).toBe(303);
    expect(location).toBe('/t/echo-members/admin/users');
    expect(await usersOf('echo-members')).toBe(before + 1);
  });
});
