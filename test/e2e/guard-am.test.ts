import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';
import { dialog, dialogButton, expectText, formValues, msg, submit, waitForPool } from './ui';

// AM System (model B, module pots: case 10/12 near, document 6/6 full, block).

const h = useHarness();
const CREATE = 'form#user-create';

async function fillCreate(page: Page, name: string, profile: string): Promise<void> {
  await page.goto(h().adminUrl('am-demo', 'users/new'));
  await page.fill(`${CREATE} [name="name"]`, name);
  await page.fill(`${CREATE} [name="email"]`, 'astrid.berg@norrby.se');
  await page.selectOption(`${CREATE} [name="profile"]`, profile);
  await waitForPool(page, 'case', '10 av 12');
}

describe('AM System: adding a licence holder', () => {
  it('with profile full is blocked by the document pot, naming it, and keeps the form', async () => {
    const { page } = h();
    await fillCreate(page, 'Astrid Berg', 'full');
    await submit(page, CREATE);

    await expectText(dialog(page).locator('.sg-title'), msg('sv', 'outcome.block'));
    const reasons = dialog(page).locator('.sg-reasons');
    await expectText(reasons, /Dokument: detta ger 7 av 6/);
    expect(await reasons.textContent()).not.toMatch(/Ärende: detta ger 11 av 12, vilket är över/);
    await dialogButton(page, msg('sv', 'dialog.back')).click();

    await dialog(page).waitFor({ state: 'detached' });
    expect(await formValues(page, CREATE)).toMatchObject({ name: 'Astrid Berg', profile: 'full' });
    expect((await h().serverPool('am-demo', 'document')).used).toBe(6);
    expect((await h().serverPool('am-demo', 'case')).used).toBe(10);
  });

  it('editing a user without modules to profile full is blocked too (the form has no login box)', async () => {
    const { page } = h();
    await page.goto(h().adminUrl('am-demo', 'users/p10'));
    await waitForPool(page, 'case', '10 av 12');
    await page.selectOption('form#user-edit [name="profile"]', 'full');
    await submit(page, 'form#user-edit');

    await expectText(dialog(page).locator('.sg-title'), msg('sv', 'outcome.block'));
    await expectText(dialog(page).locator('.sg-reasons'), /Dokument: detta ger 7 av 6/);
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    expect(await formValues(page, 'form#user-edit')).toMatchObject({
      name: 'Mikael Larsson',
      profile: 'full',
    });
  });

  it('with profile case warns (case pot near its limit) and Continue creates it', async () => {
    const { page } = h();
    await fillCreate(page, 'Astrid Berg', 'case');
    await submit(page, CREATE);

    await expectText(dialog(page).locator('.sg-title'), msg('sv', 'outcome.warn'));
    await expectText(dialog(page).locator('.sg-reasons'), /Ärende: detta ger 11 av 12/);
    await Promise.all([
      page.waitForURL(h().adminUrl('am-demo')),
      dialogButton(page, msg('sv', 'dialog.continue')).click(),
    ]);

    await expectText(page.locator('.flash'), 'Användaren Astrid Berg har skapats');
    await waitForPool(page, 'case', '11 av 12');
    expect((await h().serverPool('am-demo', 'case')).used).toBe(11);
    expect((await h().serverPool('am-demo', 'document')).used).toBe(6);
  });
});
