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

    await expectText(dialog(page).locator('.sg-title'), 'Gränsen är nådd');
    const reasons = dialog(page).locator('.sg-reasons');
    await expectText(reasons, 'Dokument: 7 av 6 efter ändringen, över gränsen.');
    await expectText(reasons, 'Ärende: 11 av 12 efter ändringen, nära gränsen.');
    // AM System's own steps (001), and its way to free a licence: a profile without modules.
    await expectText(
      dialog(page).locator('.sg-raise'),
      'Lägg till licenser under Administratör » Avtal » Uppgradera licens och klicka sedan på Checka ut.',
    );
    const ways = dialog(page).locator('.sg-ways-out');
    await expectText(ways.locator('.sg-subtitle'), 'Eller frigör plats');
    await expectText(ways, 'Flytta användaren till en profil utan moduler');
    // Björn Holm's Gäller t o m has passed, yet he holds both licences: named first, linked to his page.
    const first = ways.locator('.sg-holders a').first();
    await expectText(first, 'Björn Holm');
    expect(await first.getAttribute('href')).toBe(h().adminUrl('am-demo', 'users/p12'));
    expect(await first.getAttribute('target')).toBe('_blank');
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

    await expectText(dialog(page).locator('.sg-title'), 'Gränsen är nådd');
    await expectText(dialog(page).locator('.sg-reasons'), 'Dokument: 7 av 6 efter ändringen');
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

    await expectText(dialog(page).locator('.sg-title'), msg('sv', 'level.near'));
    await expectText(dialog(page).locator('.sg-reasons'), 'Ärende: 11 av 12 efter ändringen, nära gränsen.');
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
