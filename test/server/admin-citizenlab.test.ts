import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { SeatsResponse } from '../../lib/api/schemas';
import { evaluate } from '../../lib/rules';
import { api, NOW, type Sandbox, startSandbox, tokens } from './helpers';
import { formState, parseHtml } from './html';
import { type Session, session } from './session';

// CitizenLab (003_129daf66f7fe1fe3.txt): moderator roles sharing the manager seats, Go Vocal's own unbilled
// admin, and the bulk invite: every address with one role, judged by lib/rules as one batch, so the sum fits,
// is bought at once with consent, or nothing is written.

const INVITE = '/t/citizenlab-demo/admin/users/invite';
const USERS = '/t/citizenlab-demo/admin/users';

let sandbox: Sandbox;
let browser: Session;
beforeAll(async () => {
  sandbox = await startSandbox();
  browser = await session(sandbox.url, INVITE);
});
afterAll(() => sandbox.dispose());
beforeEach(async () => {
  const reset = await fetch(`${sandbox.url}/v1/sandbox/reset`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${tokens.agent}` },
  });
  expect(reset.status).toBe(204);
});

async function seats() {
  const response = await api(sandbox.url, '/v1/tenants/citizenlab-demo/seats', tokens.agent);
  return z.parse(SeatsResponse, await response.json());
}

/** Each pool as "used/limit" and its purchased seats, as the Seat API now says. */
async function pools() {
  const { policy, snapshot } = await seats();
  const report = evaluate(policy, snapshot, { now: NOW.toISOString() });
  return Object.fromEntries(report.pools.map((p) => [p.id, `${p.used}/${p.limit} (+${p.purchased})`]));
}

const SEED = { admins: '2/2 (+0)', managers: '2/3 (+0)' };

async function orders(): Promise<string[][]> {
  const doc = parseHtml((await browser.get('/t/citizenlab-demo/admin/licence')).html);
  return [...doc.querySelectorAll('table.orders tbody tr')].map((row) =>
    [...row.querySelectorAll('td')].map((td) => td.textContent ?? ''),
  );
}

type Fields = [string, string][];

const fields = (emails: string, roles: string, confirm = false): Fields => [
  ['emails', emails],
  ['roles', roles],
  ...(confirm ? ([['confirmPurchase', '1']] as Fields) : []),
];

/** The typed pairs as formState reads them back: name → values. */
function asState(typed: Fields): Record<string, string[]> {
  const state: Record<string, string[]> = {};
  for (const [name, value] of typed) state[name] = [...(state[name] ?? []), value];
  return state;
}

describe('the user form with the moderator roles and Go Vocal’s own admin', () => {
  it.each([
    {
      name: 'renaming Go Vocal’s admin keeps it unbilled and its last activity',
      path: `${USERS}/c11`,
      typed: [
        ['name', 'Go Vocal Support'],
        ['email', 'support@govocal.com'],
        ['roles', 'admin'],
      ],
      after: SEED,
    },
    {
      name: 'making Go Vocal’s admin a project moderator takes no manager seat',
      path: `${USERS}/c11`,
      typed: [
        ['name', 'Support Go Vocal'],
        ['email', 'support@govocal.com'],
        ['roles', 'project-moderator'],
      ],
      after: SEED,
    },
    {
      name: 'a new folder moderator takes the free manager seat',
      path: USERS,
      typed: [
        ['name', 'Noor Bakker'],
        ['email', 'noor@velden.nl'],
        ['roles', 'folder-moderator'],
      ],
      after: { admins: '2/2 (+0)', managers: '3/3 (+0)' },
    },
    {
      name: 'a project moderator made folder moderator moves within the one pool',
      path: `${USERS}/c03`,
      typed: [
        ['name', 'Fleur Maas'],
        ['email', 'fleur.maas@velden.nl'],
        ['roles', 'folder-moderator'],
      ],
      after: SEED,
    },
  ])('$name', async ({ path, typed, after }) => {
    const { status, location } = await browser.post(path, typed as Fields);
    expect([status, location]).toEqual([303, USERS]);
    expect(await pools()).toEqual(after);
    const { snapshot } = await seats();
    const staff = snapshot.users.find((u) => u.id === 'c11');
    expect(staff?.billable).toBe(false);
    expect(staff?.lastActiveAt).toBe(new Date(NOW.getTime() - 4 * 24 * 3_600_000).toISOString());
  });

  it('a project moderator past the manager seats is refused, offering the map-/projectbeheerder-seat', async () => {
    const typed: Fields = [
      ['name', 'Lotte Kuipers'],
      ['email', 'lotte.kuipers@velden.nl'],
      ['roles', 'project-moderator'],
    ];
    const third: Fields = [
      ['name', 'Thijs Vermeulen'],
      ['email', 'thijs.vermeulen@velden.nl'],
      ['roles', 'project-moderator'],
    ];
    expect((await browser.post(`${USERS}/c06`, third)).status).toBe(303);
    const { status, html } = await browser.post(`${USERS}/c05`, typed);
    expect(status).toBe(409);
    const doc = parseHtml(html);
    expect(formState(doc, 'user-edit')).toEqual(asState(typed));
    expect(doc.querySelector('[role="alert"]')?.textContent).toContain(
      'Hiervoor moet je een extra map-/projectbeheerder-seat kopen: €600 per jaar',
    );
    expect(await pools()).toEqual({ admins: '2/2 (+0)', managers: '3/3 (+0)' });
  });
});

describe('allowed invites create every user at once', () => {
  it.each([
    {
      name: 'a folder moderator in the one free manager seat',
      emails: 'noor.bakker@velden.nl',
      role: 'folder-moderator',
      flash: '1 uitnodiging verstuurd (Mapbeheerder).',
      created: [['Noor Bakker', 'noor.bakker@velden.nl']],
    },
    {
      name: 'an address typed twice, case aside, and empty entries: invited once',
      emails: 'sem.de-wit@velden.nl\r\n\r\nSEM.DE-WIT@velden.nl; ,',
      role: 'project-moderator',
      flash: '1 uitnodiging verstuurd (Projectbeheerder).',
      created: [['Sem De Wit', 'sem.de-wit@velden.nl']],
    },
  ])('$name', async ({ emails, role, flash, created }) => {
    const { status, location } = await browser.post(INVITE, fields(emails, role));
    expect([status, location]).toEqual([303, USERS]);
    const page = parseHtml((await browser.get(USERS)).html);
    expect(page.querySelector('.flash')?.textContent).toBe(flash);
    expect(await pools()).toEqual({ admins: '2/2 (+0)', managers: '3/3 (+0)' });
    const { snapshot } = await seats();
    const invited = snapshot.users.filter((u) => !/^c\d\d$/.test(u.id));
    expect(invited.map((u) => [u.name, u.email])).toEqual(created);
    for (const user of invited) {
      expect(user).toMatchObject({ roles: [role], billable: true, login: true });
      // Invited, never signed in yet.
      expect(user.lastActiveAt).toBeUndefined();
    }
    expect(await orders()).toEqual([]);
  });
});

describe('past the limit', () => {
  const five = 'ada@velden.nl\nbo.de.jong@velden.nl, cas@velden.nl;\ndewi@velden.nl\nemre@velden.nl';

  it.each([
    {
      name: 'five admins at 2/2 without consent',
      emails: five,
      role: 'admin',
      alert: [
        'limiet voor admins bereikt (2 van 2 in gebruik)',
        'Hiervoor moet je 5 extra admin-seats kopen: €950 per seat per jaar, vanaf de datum van bestelling.',
        'wordt dat samen naar rato €1.691,80',
        'Vink „Ik bestel 5 extra admin-seats à €950 per jaar” aan om de seats te bestellen.',
      ],
      offer: 'Ik bestel 5 extra admin-seats à €950 per jaar',
    },
    {
      name: 'two project moderators at 2/3 without consent',
      emails: 'ada@velden.nl\nbo@velden.nl',
      role: 'project-moderator',
      alert: [
        'limiet voor map-/projectbeheerders bereikt (2 van 3 in gebruik)',
        'een extra map-/projectbeheerder-seat kopen: €600 per jaar',
        'naar rato €213,70',
      ],
      offer: 'Ik bestel een extra map-/projectbeheerder-seat à €600 per jaar',
    },
  ])('$name: refused (409) in the vendor’s words, every typed value kept, nothing written', async (t) => {
    const typed = fields(t.emails, t.role);
    const { status, html } = await browser.post(INVITE, typed);
    expect(status).toBe(409);
    const doc = parseHtml(html);
    expect(formState(doc, 'user-invite')).toEqual(asState(typed));
    const alert = doc.querySelector('[role="alert"]')?.textContent ?? '';
    for (const part of t.alert) expect(alert).toContain(part);
    expect(doc.querySelector('label[for="field-confirmPurchase"]')?.textContent).toBe(t.offer);
    expect(await pools()).toEqual(SEED);
    expect((await seats()).snapshot.users).toHaveLength(11);
  });

  it('five admins with consent: all created, exactly the 5 seats bought, in one order', async () => {
    const { status, location } = await browser.post(INVITE, fields(five, 'admin', true));
    expect([status, location]).toEqual([303, USERS]);
    const page = parseHtml((await browser.get(USERS)).html);
    expect(page.querySelector('.flash')?.textContent).toBe(
      '5 uitnodigingen verstuurd (Admin). Bestelling geplaatst: 5 extra admin-seats op 22 november 2026 voor €1.691,80, geldig tot en met 31 maart 2027. Je ontvangt vandaag een e-mail ter bevestiging; de factuur volgt binnen 30 dagen.',
    );
    expect(await pools()).toEqual({ admins: '7/7 (+5)', managers: '2/3 (+0)' });
    const names = (await seats()).snapshot.users.filter((u) => !/^c\d\d$/.test(u.id)).map((u) => u.name);
    expect(names.sort()).toEqual(['Ada', 'Bo De Jong', 'Cas', 'Dewi', 'Emre']);
    expect(await orders()).toEqual([
      ['22 november 2026', 'Admins', '0 → 5', '€1.691,80', '22 november 2026 – 31 maart 2027'],
    ]);
  });

  it('consent when the seats fit buys nothing', async () => {
    const { status } = await browser.post(INVITE, fields('noor@velden.nl', 'project-moderator', true));
    expect(status).toBe(303);
    expect(await pools()).toEqual({ admins: '2/2 (+0)', managers: '3/3 (+0)' });
    expect(await orders()).toEqual([]);
  });
});

describe('invalid invites (400) keep the form with the vendor’s message at the field', () => {
  it.each([
    {
      name: 'addresses that are not e-mail addresses',
      typed: fields('ada@velden.nl\nniet-een-adres\nbo@', 'admin'),
      errors: {
        emails:
          'Deze e-mailadressen zijn ongeldig: niet-een-adres, bo@. Verbeter ze of haal ze uit de lijst.',
      },
    },
    {
      name: 'no address at all',
      typed: fields(' \n ;, ', 'admin'),
      errors: { emails: 'Vul minstens één e-mailadres in.' },
    },
    {
      name: 'an address that already has an account (case aside)',
      typed: fields('FLEUR.MAAS@velden.nl\nnieuw@velden.nl', 'project-moderator', true),
      errors: {
        emails:
          'Voor deze e-mailadressen bestaat al een account: FLEUR.MAAS@velden.nl. Pas hun rol aan bij Gebruikers, of haal ze uit de lijst.',
      },
    },
    {
      name: 'a role the site does not offer',
      typed: fields('ada@velden.nl', 'owner'),
      errors: { roles: 'Kies een van de mogelijkheden.' },
      // The select cannot show a value it does not offer: it falls back to its first option.
      shown: fields('ada@velden.nl', 'admin'),
    },
  ])('$name', async ({ typed, errors, shown }) => {
    const { status, html } = await browser.post(INVITE, typed);
    expect(status).toBe(400);
    const doc = parseHtml(html);
    expect(formState(doc, 'user-invite')).toEqual(asState(shown ?? typed));
    for (const [field, message] of Object.entries(errors)) {
      expect(doc.getElementById(`error-${field}`)?.textContent).toBe(message);
    }
    expect(await pools()).toEqual(SEED);
    expect((await seats()).snapshot.users).toHaveLength(11);
  });

  it.each([
    [
      'a body that is not the form',
      INVITE,
      [...fields('a@velden.nl', 'admin'), ['roles', 'admin']] as Fields,
      400,
    ],
    [
      'a site without a bulk invite',
      '/t/qics-demo/admin/users/invite',
      fields('a@bureaujansen.nl', 'admin'),
      404,
    ],
  ])('%s (%s) → %i page', async (_name, path, typed, status) => {
    expect((await browser.post(path, typed)).status).toBe(status);
  });
});
