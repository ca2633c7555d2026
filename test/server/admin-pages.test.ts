import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from './helpers';
import { formState, parseHtml } from './html';
import { Session } from './session';

let sandbox: Sandbox;
let browser: Session;
beforeAll(async () => {
  sandbox = await startSandbox();
  browser = new Session(sandbox.url);
});
afterAll(() => sandbox.dispose());

describe('the vendor admin pages', () => {
  it.each([
    { path: '/t/qics-demo/admin/users', lang: 'nl', h1: 'Gebruikers', count: '25 gebruikers', rows: 25 },
    { path: '/t/qics-demo/admin/users/new', lang: 'nl', h1: 'Nieuwe gebruiker', forms: ['user-create'] },
    {
      path: '/t/qics-demo/admin/users/u23',
      lang: 'nl',
      h1: 'Gebruiker Marloes Jansen',
      forms: ['user-edit'],
    },
    { path: '/t/qics-demo/admin/employees', lang: 'nl', h1: 'Medewerkers', count: '25 gebruikers' },
    { path: '/t/qics-demo/admin/licence', lang: 'nl', h1: 'Licentie', forms: ['licence-form'] },
    { path: '/t/am-demo/admin/users', lang: 'sv', h1: 'Personal', count: '12 användare', rows: 12 },
    { path: '/t/am-demo/admin/users/new', lang: 'sv', h1: 'Ny användare', forms: ['user-create'] },
    { path: '/t/am-demo/admin/licence', lang: 'sv', h1: 'Avtal', forms: ['licence-form'] },
    { path: '/t/echo-teams/admin/users', lang: 'de', h1: 'Workspace-Mitglieder', rows: 7 },
    {
      path: '/t/echo-teams/admin/teams',
      lang: 'de',
      h1: 'Teams',
      count: '4 aktive Teams',
      forms: ['team-create', 'team-archive-t-marketing', 'team-restore-t-alpha'],
    },
    { path: '/t/echo-teams/admin/licence', lang: 'de', h1: 'Abrechnung' },
    {
      path: '/t/echo-members/admin/users',
      lang: 'de',
      h1: 'Workspace-Mitglieder',
      count: '8 Workspace-Mitglieder, davon 6 aktiv',
    },
    {
      path: '/t/echo-members/admin/users/m1',
      lang: 'de',
      h1: 'Mitglied Julia Schneider',
      forms: ['user-edit'],
    },
    {
      path: '/t/citizenlab-demo/admin/users',
      lang: 'nl',
      h1: 'Gebruikers',
      count: 'Admins: 2 van 2 gebruikt, 0 over · Map-/projectbeheerders: 2 van 3 gebruikt, 1 over',
      rows: 11,
    },
    {
      path: '/t/citizenlab-demo/admin/users/invite',
      lang: 'nl',
      h1: 'Mensen uitnodigen als admin of beheerder',
      forms: ['user-invite'],
    },
    {
      path: '/t/citizenlab-demo/admin/users/new',
      lang: 'nl',
      h1: 'Gebruiker toevoegen',
      forms: ['user-create'],
    },
    {
      path: '/t/citizenlab-demo/admin/licence',
      lang: 'nl',
      h1: 'Licentie & seats',
      forms: ['seat-purchase'],
    },
  ])('$path: $lang, "$h1"', async ({ path, lang, h1, count, rows, forms = [] }) => {
    const { status, html } = await browser.get(path);
    const doc = parseHtml(html);
    expect(status).toBe(200);
    expect(doc.documentElement.getAttribute('lang')).toBe(lang);
    expect(doc.querySelector('header.page-header h1')?.textContent).toBe(h1);
    if (count) expect(doc.querySelector('header.page-header .page-count')?.textContent).toBe(count);
    if (rows) expect(doc.querySelectorAll('tr[data-user-id]')).toHaveLength(rows);
    for (const id of forms) expect(doc.getElementById(id)?.tagName).toBe('FORM');
    expect(html).not.toMatch(/<script/i);
  });

  it('gives every user row its own delete form and every seat-changing field its contract name', async () => {
    const doc = parseHtml((await browser.get('/t/am-demo/admin/users')).html);
    for (const row of doc.querySelectorAll('tr[data-user-id]')) {
      const id = row.getAttribute('data-user-id');
      expect(row.querySelector(`form#user-delete-${id}`)?.getAttribute('method')).toBe('post');
    }
    const fields = async (path: string, form: string) =>
      [...parseHtml((await browser.get(path)).html).querySelectorAll(`#${form} [name]`)].map((e) =>
        e.getAttribute('name'),
      );
    expect(await fields('/t/qics-demo/admin/users/new', 'user-create')).toEqual([
      '_csrf',
      'name',
      'email',
      'login',
      'employee',
    ]);
    expect(await fields('/t/am-demo/admin/users/new', 'user-create')).toEqual([
      '_csrf',
      'name',
      'email',
      'profile',
      'validUntil',
    ]);
    expect(await fields('/t/echo-teams/admin/users/new', 'user-create')).toEqual([
      '_csrf',
      'name',
      'email',
      'teams',
      'teams',
      'teams',
      'teams',
      'teams',
    ]);
    expect(await fields('/t/citizenlab-demo/admin/users/new', 'user-create')).toEqual([
      '_csrf',
      'name',
      'email',
      'roles',
      'confirmPurchase',
    ]);
    expect(await fields('/t/citizenlab-demo/admin/users/invite', 'user-invite')).toEqual([
      '_csrf',
      'emails',
      'roles',
      'confirmPurchase',
    ]);
    expect(await fields('/t/am-demo/admin/licence', 'licence-form')).toEqual(['_csrf', 'pool', 'purchased']);
    expect(await fields('/t/citizenlab-demo/admin/licence', 'seat-purchase')).toEqual(['_csrf', 'pool']);
  });

  it.each([
    ['c01', 'Admin'],
    ['c03', 'Projectbeheerder'],
    ['c04', 'Mapbeheerder'],
    ['c05', 'Gewone gebruiker'],
    ['c11', 'Admin Go Vocal-medewerker, niet gefactureerd'],
  ])('CitizenLab names the role of %s in its own words: %s', async (id, role) => {
    const doc = parseHtml((await browser.get('/t/citizenlab-demo/admin/users')).html);
    const cells = doc.querySelectorAll(`tr[data-user-id="${id}"] td`);
    expect(cells[2]?.textContent).toBe(role);
    expect(cells[2]?.querySelector('.not-billed') !== null).toBe(id === 'c11');
  });

  it.each([
    [
      '/t/citizenlab-demo/admin/users/new',
      'user-create',
      ['', 'admin', 'project-moderator', 'folder-moderator'],
    ],
    [
      '/t/citizenlab-demo/admin/users/invite',
      'user-invite',
      ['admin', 'project-moderator', 'folder-moderator'],
    ],
  ])('%s offers the roles that take a seat', async (path, form, roles) => {
    const doc = parseHtml((await browser.get(path)).html);
    const options = [...doc.querySelectorAll(`#${form} select[name="roles"] option`)];
    expect(options.map((o) => o.getAttribute('value'))).toEqual(roles);
    expect(options.map((o) => o.textContent)).toEqual(
      expect.arrayContaining(['Admin', 'Projectbeheerder', 'Mapbeheerder']),
    );
  });

  it.each([
    ['c03', 'project-moderator'],
    ['c04', 'folder-moderator'],
    ['c11', 'admin'],
  ])('the edit form of %s shows its role %s', async (id, role) => {
    const doc = parseHtml((await browser.get(`/t/citizenlab-demo/admin/users/${id}`)).html);
    expect(formState(doc, 'user-edit').roles).toEqual([role]);
  });

  it.each([
    ['/t/citizenlab-demo/admin/users', true],
    ['/t/qics-demo/admin/users', false],
  ])('%s links to the bulk invite: %s', async (path, linked) => {
    const doc = parseHtml((await browser.get(path)).html);
    expect(doc.querySelector('.toolbar a[href$="/users/invite"]') !== null).toBe(linked);
  });

  it('lists the employees without a user on the QicsMilestones Medewerkers page', async () => {
    const doc = parseHtml((await browser.get('/t/qics-demo/admin/employees')).html);
    const unlinked = [...doc.querySelectorAll('tr.unlinked td:first-child')].map((td) => td.textContent);
    expect(unlinked).toEqual([
      'Dummy medewerker onkosten',
      'Salarisstroken (dummy)',
      'Kees Hoekstra',
      'Linda Post',
    ]);
  });

  it.each([
    ['/t/ghost-demo/admin/users', 'en'],
    ['/t/Not_An_Id/admin/users', 'en'],
    ['/t/qics-demo/admin/users/nobody', 'nl'],
    ['/t/qics-demo/admin/teams', 'nl'],
    ['/t/qics-demo/admin/users/invite', 'nl'],
    ['/t/echo-teams/admin/employees', 'de'],
    ['/nowhere', 'en'],
  ])('%s → 404 page (%s)', async (path, lang) => {
    const { status, html } = await browser.get(path);
    const doc = parseHtml(html);
    expect(status).toBe(404);
    expect(doc.documentElement.getAttribute('lang')).toBe(lang);
  });

  it('sends a script-free CSP, no cookie (the CSRF token is in the forms alone) and no caching', async () => {
    const response = await fetch(`${sandbox.url}/t/qics-demo/admin/users`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('serves the sandbox index and the stylesheet', async () => {
    const index = await browser.get('/');
    expect(index.status).toBe(200);
    expect(parseHtml(index.html).querySelectorAll('tr[data-tenant-id]')).toHaveLength(5);
    const css = await fetch(`${sandbox.url}/assets/admin.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('.site-qics');
  });

  it('serves the extension icon as the favicon (a PNG, not a 404 in every tab)', async () => {
    const icon = await fetch(`${sandbox.url}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/png');
    // The PNG signature: \x89PNG.
    expect([...new Uint8Array(await icon.arrayBuffer()).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});
