import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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

      await expectText(dialog(page).locator('.sg-title'), msg('nl', 'outcome.block'));
      await expectText(dialog(page).locator('.sg-reasons'), /26 van 25/);
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
    await expectText(dialog(page).locator('.sg-title'), msg('nl', 'outcome.warn'));
    await expectText(dialog(page).locator('.sg-reasons'), /25 van 25/);
    await Promise.all([
      page.waitForURL(h().adminUrl('qics-demo')),
      dialogButton(page, msg('nl', 'dialog.continue')).click(),
    ]);

    await expectText(page.locator('.flash'), `${typed.name} is aangemaakt`);
    await waitForPool(page, 'users', '25 van 25');
    expect((await h().serverPool('qics-demo', 'users')).used).toBe(25);
  });
});
