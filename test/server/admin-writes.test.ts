import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { SeatsResponse } from '../../lib/api/schemas';
import { evaluate } from '../../lib/rules';
import { api, NOW, type Sandbox, startSandbox, tokens } from './helpers';
import { parseHtml } from './html';
import { type Session, session } from './session';

// Writes that the rules allow go through, redirect with a flash, and show in the Seat API at once.

let sandbox: Sandbox;
let browser: Session;
beforeAll(async () => {
  sandbox = await startSandbox();
  browser = await session(sandbox.url);
});
afterAll(() => sandbox.dispose());

async function report(tenant: string) {
  const response = await api(sandbox.url, `/v1/tenants/${tenant}/seats`, tokens.agent);
  const { policy, snapshot } = z.parse(SeatsResponse, await response.json());
  return evaluate(policy, snapshot, { now: NOW.toISOString() });
}

const pool = async (tenant: string, id: string) => (await report(tenant)).pools.find((p) => p.id === id);

/** Posts, expects the 303 to `back`, then reads the flash on the page it leads to. */
async function write(path: string, fields: [string, string][], back: string): Promise<string> {
  const { status, location } = await browser.post(path, fields);
  expect([status, location]).toEqual([303, back]);
  const doc = parseHtml((await browser.get(back)).html);
  return doc.querySelector('.flash')?.textContent ?? '';
}

describe('allowed writes', () => {
  it('QicsMilestones: deleting a user frees a seat, creating one takes it again', async () => {
    const users = '/t/qics-demo/admin/users';
    expect(await write(`${users}/u24/delete`, [], users)).toBe('Gebruiker Frank Timmermans is verwijderd.');
    expect(await pool('qics-demo', 'users')).toMatchObject({ used: 24, limit: 25 });
    const person: [string, string][] = [
      ['name', 'Sven Aerts'],
      ['email', 'sven@bureaujansen.nl'],
      ['login', '1'],
      ['employee', 'e25'],
    ];
    expect(await write(users, person, users)).toBe('Gebruiker Sven Aerts is aangemaakt.');
    expect(await pool('qics-demo', 'users')).toMatchObject({ used: 25, level: 'full' });
    const doc = parseHtml((await browser.get('/t/qics-demo/admin/employees')).html);
    expect(doc.querySelector('tr[data-employee-id="e25"] a')?.textContent).toBe('Sven Aerts');
  });

  it('QicsMilestones: raising the licence takes effect on the next invoice', async () => {
    const flash = await write(
      '/t/qics-demo/admin/licence',
      [
        ['pool', 'users'],
        ['purchased', '26'],
      ],
      '/t/qics-demo/admin/licence',
    );
    expect(flash).toContain('aangepast naar 27 gebruikers');
    expect(flash).toContain('eerstvolgende factuur (1 december 2026)');
    expect(await pool('qics-demo', 'users')).toMatchObject({ limit: 27, purchased: 26 });
  });

  it('AM System: a profile without modules frees both licences; more Dokument licences allow a full profile', async () => {
    const users = '/t/am-demo/admin/users';
    await write(
      `${users}/p12`,
      [
        ['name', 'Björn Holm'],
        ['email', 'bjorn.holm@norrby.se'],
        ['profile', 'none'],
        ['validUntil', '2026-06-30'],
      ],
      users,
    );
    expect((await report('am-demo')).pools.map((p) => p.used)).toEqual([9, 5]);
    const flash = await write(
      '/t/am-demo/admin/licence',
      [
        ['pool', 'document'],
        ['purchased', '8'],
      ],
      '/t/am-demo/admin/licence',
    );
    expect(flash).toBe(
      'Antalet Dokumentlicenser är nu 8. Ändringen gäller från nästa faktura (1 januari 2027).',
    );
    await write(
      users,
      [
        ['name', 'Åsa Berg'],
        ['email', 'asa.berg@norrby.se'],
        ['profile', 'full'],
        ['validUntil', ''],
      ],
      users,
    );
    expect((await report('am-demo')).pools.map((p) => `${p.used}/${p.limit}`)).toEqual(['10/12', '6/8']);
  });

  it('Echometer teams: archiving, restoring and creating teams moves the billed units', async () => {
    const teams = '/t/echo-teams/admin/teams';
    expect(await write(`${teams}/t-marketing/archive`, [], teams)).toContain(
      'Team „Marketing“ wurde archiviert.',
    );
    expect(await pool('echo-teams', 'teams')).toMatchObject({ used: 3, billed: 3 });
    expect(await write(`${teams}/t-alpha/restore`, [], teams)).toBe('Team „Projekt Alpha“ ist wieder aktiv.');
    expect(await write(teams, [['name', 'Einkauf & Logistik']], teams)).toBe(
      'Team „Einkauf & Logistik“ wurde erstellt.',
    );
    expect(await pool('echo-teams', 'teams')).toMatchObject({ used: 5, billed: 5 });
  });

  it('Echometer members: archiving a team frees only members in no other active team', async () => {
    await write('/t/echo-members/admin/teams/t-plattform/archive', [], '/t/echo-members/admin/teams');
    expect(await pool('echo-members', 'members')).toMatchObject({ used: 4 });
    const member: [string, string][] = [
      ['name', 'Laura Richter'],
      ['email', 'laura@echo-members.de'],
      ['teams', 't-data'],
    ];
    await write('/t/echo-members/admin/users/m3', member, '/t/echo-members/admin/users');
    expect(await pool('echo-members', 'members')).toMatchObject({ used: 5 });
  });

  it('CitizenLab: ticking the consent buys the admin seat, prorated, in the same write', async () => {
    const fields: [string, string][] = [
      ['name', 'Lotte Kuipers'],
      ['email', 'lotte@velden.nl'],
      ['roles', 'admin'],
      ['confirmPurchase', '1'],
    ];
    const flash = await write('/t/citizenlab-demo/admin/users/c05', fields, '/t/citizenlab-demo/admin/users');
    expect(flash).toContain('De wijzigingen voor Lotte Kuipers zijn opgeslagen.');
    expect(flash).toContain(
      '1 extra admin-seat op 22 november 2026 voor €338,36, geldig tot en met 31 maart 2027',
    );
    expect(await pool('citizenlab-demo', 'admins')).toMatchObject({ used: 3, limit: 3, purchased: 1 });
    const doc = parseHtml((await browser.get('/t/citizenlab-demo/admin/licence')).html);
    const order = [...doc.querySelectorAll('table.orders tbody td')].map((td) => td.textContent);
    expect(order).toEqual([
      '22 november 2026',
      'Admins',
      '0 → 1',
      '€338,36',
      '22 november 2026 – 31 maart 2027',
    ]);
  });

  it('CitizenLab: buying a manager seat on the licence page records it with the order date', async () => {
    const licence = '/t/citizenlab-demo/admin/licence';
    const flash = await write(`${licence}/purchase`, [['pool', 'managers']], licence);
    expect(flash).toContain('1 extra map-/projectbeheerder-seat op 22 november 2026 voor €213,70');
    expect(await pool('citizenlab-demo', 'managers')).toMatchObject({ limit: 4, purchased: 1 });
  });

  it('a write changes the ETag, so a revalidating client gets the new facts', async () => {
    const seats = (headers: Record<string, string> = {}) =>
      api(sandbox.url, '/v1/tenants/echo-members/seats', tokens.tenants['echo-members'], headers);
    const tag = (await seats()).headers.get('etag') ?? '';
    expect((await seats({ 'If-None-Match': tag })).status).toBe(304);
    await write('/t/echo-members/admin/users/m8/delete', [], '/t/echo-members/admin/users');
    const after = await seats({ 'If-None-Match': tag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(tag);
  });

  it('a user that is gone cannot be edited or deleted (404)', async () => {
    expect((await browser.post('/t/echo-members/admin/users/m8/delete', [])).status).toBe(404);
    const fields: [string, string][] = [
      ['name', 'David Schwarz'],
      ['email', 'david@echo-members.de'],
    ];
    expect((await browser.post('/t/echo-members/admin/users/m8', fields)).status).toBe(404);
    expect((await browser.post('/t/echo-members/admin/teams/t-gone/archive', [])).status).toBe(404);
  });
});
