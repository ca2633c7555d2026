import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type Sandbox, startSandbox, tokens } from './helpers';
import { formState, parseHtml } from './html';
import { type Session, session } from './session';

// Every refused or invalid admin write answers with the form again, holding everything typed.

let sandbox: Sandbox;
let browser: Session;
beforeAll(async () => {
  sandbox = await startSandbox();
  browser = await session(sandbox.url);
});
afterAll(() => sandbox.dispose());

type Fields = [string, string][];

/** The typed pairs as formState reads them back: name → values. */
function asState(fields: Fields): Record<string, string[]> {
  const state: Record<string, string[]> = {};
  for (const [name, value] of fields) state[name] = [...(state[name] ?? []), value];
  return state;
}

const seatsOf = async (tenant: string) =>
  (await (await api(sandbox.url, `/v1/tenants/${tenant}/seats`, tokens.agent)).text()).length;

describe('refused writes (409) keep the form and say why in the vendor words', () => {
  it.each([
    {
      name: 'QicsMilestones: a new user at 25/25',
      path: '/t/qics-demo/admin/users',
      form: 'user-create',
      fields: [
        ['name', 'Joris <b>Maas</b>'],
        ['email', 'joris.maas@bureaujansen.nl'],
        ['login', '1'],
        ['employee', 'e24'],
      ],
      alert: ['Het maximum aantal gebruikers is bereikt', 'verhoog uw licentie via info@qics.nl'],
    },
    {
      name: 'QicsMilestones: lowering the licence below use',
      path: '/t/qics-demo/admin/licence',
      form: 'licence-form',
      fields: [
        ['pool', 'users'],
        ['purchased', '20'],
      ],
      alert: ['kan niet lager worden', 'verwijder ze, of neem hun login weg'],
    },
    {
      name: 'AM System: a full profile while the Dokument pot is empty',
      path: '/t/am-demo/admin/users',
      form: 'user-create',
      fields: [
        ['name', 'Åsa Berg'],
        ['email', 'asa.berg@norrby.se'],
        ['profile', 'full'],
        ['validUntil', '2027-06-30'],
      ],
      alert: ['inte tillräckligt med licenser för Dokument', 'Administratör » Avtal » Uppgradera licens'],
    },
    {
      name: 'AM System: moving a user to a profile whose pot is full',
      path: '/t/am-demo/admin/users/p10',
      form: 'user-edit',
      fields: [
        ['name', 'Mikael Larsson'],
        ['email', 'mikael.l@norrby.se'],
        ['profile', 'full'],
        ['validUntil', ''],
      ],
      alert: ['Dokument (alla 6 licenser används)'],
    },
    {
      name: 'AM System: lowering a pot below use',
      path: '/t/am-demo/admin/licence',
      form: 'licence-form',
      fields: [
        ['pool', 'document'],
        ['purchased', '5'],
      ],
      alert: ['ta bort användare eller ta bort deras login-uppgifter'],
    },
    {
      name: 'CitizenLab: a new admin at the limit without buying the seat',
      path: '/t/citizenlab-demo/admin/users',
      form: 'user-create',
      fields: [
        ['name', 'Noor Bakker'],
        ['email', 'noor.bakker@velden.nl'],
        ['roles', 'admin'],
      ],
      alert: ['limiet voor admins bereikt (2 van 2 in gebruik)', '€950 per jaar', 'naar rato €338,36'],
    },
    {
      name: 'CitizenLab: making a user admin at the limit without buying the seat',
      path: '/t/citizenlab-demo/admin/users/c05',
      form: 'user-edit',
      fields: [
        ['name', 'Lotte Kuipers'],
        ['email', 'lotte@velden.nl'],
        ['roles', 'admin'],
      ],
      alert: ['Ik bestel een extra admin-seat à €950 per jaar'],
    },
  ])('$name', async ({ path, form, fields, alert }) => {
    const tenant = path.split('/')[2] ?? '';
    const before = await seatsOf(tenant);
    const { status, html } = await browser.post(path, fields as Fields);
    const doc = parseHtml(html);
    expect(status).toBe(409);
    expect(formState(doc, form)).toEqual(asState(fields as Fields));
    const text = doc.querySelector('[role="alert"]')?.textContent ?? '';
    for (const part of alert) expect(text).toContain(part);
    expect(await seatsOf(tenant)).toBe(before);
  });

  it("CitizenLab offers the refused pool's seat on the consent checkbox, unticked", async () => {
    const fields: Fields = [
      ['name', 'Noor Bakker'],
      ['email', 'noor@velden.nl'],
      ['roles', 'admin'],
    ];
    const doc = parseHtml((await browser.post('/t/citizenlab-demo/admin/users', fields)).html);
    const box = doc.getElementById('field-confirmPurchase');
    expect(box?.hasAttribute('checked')).toBe(false);
    expect(doc.querySelector('label[for="field-confirmPurchase"]')?.textContent).toBe(
      'Ik bestel een extra admin-seat à €950 per jaar',
    );
  });

  it('QicsMilestones: giving a login to a user without one at 25/25', async () => {
    const created = await browser.post('/t/qics-demo/admin/users', [
      ['name', 'Gast Account'],
      ['email', 'gast@bureaujansen.nl'],
    ]);
    expect(created.status).toBe(303);
    const doc = parseHtml((await browser.get('/t/qics-demo/admin/users')).html);
    const id = [...doc.querySelectorAll('tr[data-user-id]')]
      .find((row) => row.textContent?.includes('Gast Account'))
      ?.getAttribute('data-user-id');
    const fields: Fields = [
      ['name', 'Gast Account'],
      ['email', 'gast@bureaujansen.nl'],
      ['login', '1'],
      ['employee', 'e26'],
    ];
    const { status, html } = await browser.post(`/t/qics-demo/admin/users/${id}`, fields);
    const form = parseHtml(html);
    expect(status).toBe(409);
    expect(formState(form, 'user-edit')).toEqual(asState(fields));
  });
});

describe('invalid input (400) keeps the form with a message at the field', () => {
  it.each([
    {
      name: 'QicsMilestones: no name',
      path: '/t/qics-demo/admin/users',
      form: 'user-create',
      fields: [
        ['name', '  '],
        ['email', 'anon@bureaujansen.nl'],
        ['employee', 'e23'],
      ],
      errors: { name: 'Vul een naam in.' },
      typed: [
        ['name', ''],
        ['email', 'anon@bureaujansen.nl'],
        ['employee', 'e23'],
      ],
    },
    {
      name: 'AM System: an impossible Gäller t o m date',
      path: '/t/am-demo/admin/users',
      form: 'user-create',
      fields: [
        ['name', 'Åsa Berg'],
        ['email', 'asa@norrby.se'],
        ['profile', 'none'],
        ['validUntil', '2027-02-30'],
      ],
      errors: { validUntil: 'Ange ett giltigt datum (åååå-mm-dd).' },
    },
    {
      name: 'Echometer: a bad e-mail address with teams ticked',
      path: '/t/echo-teams/admin/users',
      form: 'user-create',
      fields: [
        ['name', 'Nora Brandt'],
        ['email', 'nora@'],
        ['teams', 't-produkt'],
        ['teams', 't-vertrieb'],
      ],
      errors: { email: 'Bitte gib eine gültige E-Mail-Adresse ein.' },
    },
    {
      name: 'Echometer: a team that does not exist',
      path: '/t/echo-members/admin/users/m2',
      form: 'user-edit',
      fields: [
        ['name', 'Paul Koch'],
        ['email', 'paul@echo-members.de'],
        ['teams', 't-design'],
        ['teams', 't-gone'],
      ],
      errors: { teams: 'Bitte wähle eine der Möglichkeiten.' },
      typed: [
        ['name', 'Paul Koch'],
        ['email', 'paul@echo-members.de'],
        ['teams', 't-design'],
      ],
    },
    {
      name: 'QicsMilestones: an employee already linked to another user',
      path: '/t/qics-demo/admin/users/u23',
      form: 'user-edit',
      fields: [
        ['name', 'Marloes Jansen'],
        ['email', 'marloes@bureaujansen.nl'],
        ['login', '1'],
        ['employee', 'e01'],
      ],
      errors: { employee: 'Kies een van de mogelijkheden.' },
      typed: [
        ['name', 'Marloes Jansen'],
        ['email', 'marloes@bureaujansen.nl'],
        ['login', '1'],
        ['employee', ''],
      ],
    },
    {
      name: 'Echometer: a team without a name',
      path: '/t/echo-teams/admin/teams',
      form: 'team-create',
      fields: [['name', '']],
      errors: { name: 'Bitte gib einen Namen ein.' },
    },
    {
      name: 'AM System: a licence count that is not a number',
      path: '/t/am-demo/admin/licence',
      form: 'licence-form',
      fields: [
        ['pool', 'case'],
        ['purchased', 'tolv'],
      ],
      errors: { purchased: 'Ange ett heltal (0 eller fler).' },
    },
    {
      name: 'CitizenLab: buying a seat of an unknown pool',
      path: '/t/citizenlab-demo/admin/licence',
      form: 'seat-purchase',
      fields: [['pool', 'owners']],
      errors: { pool: 'Kies een van de mogelijkheden.' },
      typed: [['pool', 'admins']],
    },
  ])('$name', async ({ path, form, fields, errors, typed }) => {
    const { status, html } = await browser.post(path, fields as Fields);
    const doc = parseHtml(html);
    expect(status).toBe(400);
    expect(formState(doc, form)).toEqual(asState((typed ?? fields) as Fields));
    for (const [field, message] of Object.entries(errors)) {
      expect(doc.getElementById(`error-${field}`)?.textContent).toBe(message);
    }
  });

  it('a body that is not the form at all → 400 page', async () => {
    const { status } = await browser.post('/t/qics-demo/admin/users', [
      ['name', 'a'],
      ['name', 'b'],
    ]);
    expect(status).toBe(400);
  });
});
