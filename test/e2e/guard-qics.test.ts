import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../lib/i18n';
import { check } from '../../lib/rules';
import { useHarness } from './harness';
import { dialog, dialogButton, expectText, formValues, msg, submit, waitForPool } from './ui';

// QicsMilestones (model A, 25/25 full, block): the guard stops a 26th login before the server refuses it.

const h = useHarness();
const CREATE = 'form#user-create';
const typed = { name: 'Kees Hoekstra', email: 'kees.hoekstra@bureaujansen.nl', login: true, employee: 'e25' };

async function fillCreate(page: Page): Promise<void> {
  await page.goto(h().adminUrl('qics-demo', 'users/new'));
  await page.fill(`${CREATE} [name="name"]`, typed.name);
  await page.fill(`${CREATE} [name="email"]`, typed.email);
  await page.setChecked(`${CREATE} [name="login"]`, typed.login);
  await page.selectOption(`${CREATE} [name="employee"]`, typed.employee);
}

const closeWays: [string, (page: Page) => Promise<void>][] = [
  ['the back button', (page) => dialogButton(page, msg('nl', 'dialog.back')).click()],
  ['Escape', (page) => page.keyboard.press('Escape')],
];

describe('QicsMilestones: creating a user at 25/25', () => {
  it.each(closeWays)(
    'is blocked with the reason; closing with %s keeps the form and creates nothing',
    async (_, close) => {
      const { page } = h();
      await fillCreate(page);
      await waitForPool(page, 'users', '25 van 25');
      await submit(page, CREATE);

      await expectText(dialog(page).locator('.sg-title'), 'De limiet is bereikt');
      await expectText(
        dialog(page).locator('.sg-reasons'),
        'Gebruikers: 26 van 25 na deze wijziging, boven de limiet.',
      );
      // QicsMilestones' own way, in its "u" (000): by e-mail, one user at a time, on the next invoice.
      await expectText(dialog(page).locator('.sg-raise'), 'Stuur een e-mail naar info@qics.nl');
      const ways = dialog(page).locator('.sg-ways-out');
      await expectText(ways.locator('.sg-subtitle'), 'Of maak ruimte vrij');
      await expectText(ways, 'Ontkoppel de gebruiker van de medewerker en verwijder daarna de gebruiker.');
      // Frank Timmermans, the external accountant, was last active 19 days ago: named first, linked.
      const first = ways.locator('.sg-holders a').first();
      await expectText(first, 'Frank Timmermans');
      expect(await first.getAttribute('href')).toBe(h().adminUrl('qics-demo', 'users/u24'));
      expect(await dialogButton(page, msg('nl', 'dialog.continue')).count()).toBe(0);
      await close(page);

      await dialog(page).waitFor({ state: 'detached' });
      expect(page.url()).toBe(h().adminUrl('qics-demo', 'users/new'));
      expect(await formValues(page, CREATE)).toEqual(typed);
      const focused = await page.evaluate(() =>
        document.activeElement?.matches('#user-create [type="submit"]'),
      );
      expect(focused).toBe(true);
      expect((await h().serverPool('qics-demo', 'users')).used).toBe(25);
    },
  );

  it('goes through after a delete frees a seat: the delete passes, then the create warns and Continue creates', async () => {
    const { page } = h();
    await page.goto(h().adminUrl('qics-demo'));
    await waitForPool(page, 'users', '25 van 25');
    // Yvonne Koster: a login without an employee; removing a user is always allowed.
    await Promise.all([page.waitForURL(h().adminUrl('qics-demo')), submit(page, 'form#user-delete-u25')]);
    await expectText(page.locator('.flash'), 'Yvonne Koster is verwijderd');
    await waitForPool(page, 'users', '24 van 25');
    expect((await h().serverPool('qics-demo', 'users')).used).toBe(24);

    await fillCreate(page);
    await waitForPool(page, 'users', '24 van 25');
    await submit(page, CREATE);
    // Taking the last free seat: the level the panel then shows, full, not "near the limit".
    await expectText(dialog(page).locator('.sg-title'), 'Hierna is de limiet bereikt');
    await expectText(dialog(page).locator('.sg-reasons'), 'Gebruikers: 25 van 25 na deze wijziging, vol.');
    await Promise.all([
      page.waitForURL(h().adminUrl('qics-demo')),
      dialogButton(page, msg('nl', 'dialog.continue')).click(),
    ]);

    await expectText(page.locator('.flash'), `${typed.name} is aangemaakt`);
    await waitForPool(page, 'users', '25 van 25');
    expect((await h().serverPool('qics-demo', 'users')).used).toBe(25);
  });
});

describe('QicsMilestones: raising the licence from 24 to 26 users', () => {
  const LICENCE = 'form#licence-form';

  async function raise(page: Page): Promise<string> {
    const { policy, snapshot } = await h().seats('qics-demo');
    const change = { kind: 'set-purchased', pool: 'users', purchased: 26 } as const;
    const [line] = check(policy, snapshot, change, { now: new Date().toISOString() }).costs;
    if (!line) throw new Error('raising the licence has no cost line');
    expect(line).toMatchObject({ seats: 2, amount: 3000, per: 'month', to: null });
    await page.goto(h().adminUrl('qics-demo', 'licence'));
    await waitForPool(page, 'users', '25 van 25');
    await page.fill(`${LICENCE} [name="purchased"]`, '26');
    await submit(page, LICENCE);
    return formatDate(line.from, 'nl');
  }

  it('asks first, with what it adds to every invoice from when; cancelling changes nothing', async () => {
    const { page } = h();
    const from = await raise(page);
    await expectText(dialog(page).locator('.sg-title'), 'Hiermee wordt de factuur hoger');
    await expectText(
      dialog(page).locator('.sg-costs'),
      `Gebruikers: 2 gebruikers × € 15,00 = € 30,00 meer per maand, vanaf ${from}`,
    );
    await expectText(
      dialog(page).locator('.sg-reasons'),
      'Gebruikers: de wijziging wordt verwerkt op de eerstvolgende factuur',
    );
    await dialogButton(page, msg('nl', 'dialog.cancel')).click();

    await dialog(page).waitFor({ state: 'detached' });
    expect(await formValues(page, LICENCE)).toMatchObject({ purchased: '26' });
    expect((await h().serverPool('qics-demo', 'users')).purchased).toBe(24);
  });

  it('confirming the cost raises the licence', async () => {
    const { page } = h();
    await raise(page);
    await Promise.all([
      page.waitForURL(h().adminUrl('qics-demo', 'licence')),
      dialogButton(page, '€ 30,00 meer per maand bevestigen').click(),
    ]);
    await expectText(page.locator('.flash'), 'Uw licentie is aangepast naar 27 gebruikers.');
    expect((await h().serverPool('qics-demo', 'users')).purchased).toBe(26);
  });
});
