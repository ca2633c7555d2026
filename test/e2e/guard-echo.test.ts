import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../lib/i18n';
import { type Tenant, useHarness } from './harness';
import { dialog, dialogButton, expectText, formValues, msg, pool, submit } from './ui';

// Echometer (models C and D, usage billing, no cap): the guard says what a team change adds per month.

const h = useHarness();

// Echometer's own word in German: Lizenzen (002, "Team-Lizenzen", "Nutzer-Lizenzen").
const billed = (page: Page, id: string, count: number) =>
  expectText(pool(page, id).locator('.sg-pool-details'), `Abgerechnet: ${count} Lizenzen × `);

interface WarnCase {
  name: string;
  tenant: Tenant;
  pool: { id: string; label: string; before: number; after: number };
  form: string;
  /** What the admin does before submitting, e.g. type a name, or fold the panel that covers the button. */
  prepare?: (page: Page) => Promise<void>;
  /** Billed units added, and their monthly price in EUR cents. */
  adds: { count: number; amount: number };
  flash: string;
}

const warnCases: WarnCase[] = [
  {
    name: 'echo-members: restoring the archived team adds its members in no other active team',
    tenant: 'echo-members',
    // Pilotprojekt 2025: Anna Wolf is also in Design; Marie Neumann and David Schwarz come back.
    pool: { id: 'members', label: 'Aktive Mitglieder', before: 6, after: 8 },
    form: 'form#team-restore-t-pilot',
    adds: { count: 2, amount: 2 * 800 },
    flash: 'Team „Pilotprojekt 2025“ ist wieder aktiv.',
  },
  {
    name: 'echo-teams: creating a team adds one team',
    tenant: 'echo-teams',
    pool: { id: 'teams', label: 'Teams', before: 4, after: 5 },
    form: 'form#team-create',
    prepare: (page) => page.fill('form#team-create [name="name"]', 'Einkauf'),
    adds: { count: 1, amount: 4900 },
    flash: 'Team „Einkauf“ wurde erstellt.',
  },
];

describe('Echometer: team changes', () => {
  it.each(warnCases)(
    '$name: shows the cost per month first (no limit warning), Continue applies it',
    async (c) => {
      const { page } = h();
      await page.goto(h().adminUrl(c.tenant, 'teams'));
      await billed(page, c.pool.id, c.pool.before);
      await c.prepare?.(page);
      await submit(page, c.form);

      // Echometer caps nothing: the question is the bill, never "Warnung: Lizenzlimit".
      await expectText(dialog(page).locator('.sg-title'), 'Das erhöht die Rechnung');
      const amount = formatMoney(c.adds.amount, 'EUR', 'de');
      const unit = c.adds.count === 1 ? 'Lizenz' : 'Lizenzen';
      const reason = { pool: c.pool.label, count: c.adds.count, unit };
      await expectText(dialog(page).locator('.sg-reasons'), msg('de', 'reason.adds-cost', reason));
      const each = formatMoney(c.adds.amount / c.adds.count, 'EUR', 'de');
      const sum = c.adds.count === 1 ? amount : `${c.adds.count} Lizenzen × ${each} = ${amount}`;
      await expectText(dialog(page).locator('.sg-costs'), `${c.pool.label}: ${sum} mehr pro Monat, ab `);
      const confirm = msg('de', 'dialog.confirm-cost', { amount, per: msg('de', 'per.month') });
      await Promise.all([
        page.waitForURL(h().adminUrl(c.tenant, 'teams')),
        dialogButton(page, confirm).click(),
      ]);

      await expectText(page.locator('.flash'), c.flash);
      await billed(page, c.pool.id, c.pool.after);
      expect((await h().serverPool(c.tenant, c.pool.id)).billed).toBe(c.pool.after);
    },
  );

  it('echo-teams: cancelling the warning keeps the typed team name and creates nothing', async () => {
    const { page } = h();
    await page.goto(h().adminUrl('echo-teams', 'teams'));
    await billed(page, 'teams', 4);
    await page.fill('form#team-create [name="name"]', 'Einkauf');
    await submit(page, 'form#team-create');
    await dialogButton(page, msg('de', 'dialog.cancel')).click();

    await dialog(page).waitFor({ state: 'detached' });
    expect(await formValues(page, 'form#team-create')).toEqual({ name: 'Einkauf' });
    expect((await h().serverPool('echo-teams', 'teams')).billed).toBe(4);
  });

  it('echo-members: archiving a team says first how many billed members it frees, Continue archives it', async () => {
    const { page } = h();
    await page.goto(h().adminUrl('echo-members', 'teams'));
    await billed(page, 'members', 6);
    // Design: Tim Klein and Anna Wolf are in no other active team (Pilotprojekt 2025 is archived).
    await submit(page, 'form#team-archive-t-design');
    await expectText(dialog(page).locator('.sg-title'), msg('de', 'title.lowers'));
    const frees = 'Aktive Mitglieder: Damit werden 2 Lizenzen frei.';
    await expectText(dialog(page).locator('.sg-reasons'), frees);
    await Promise.all([
      page.waitForURL(h().adminUrl('echo-members', 'teams')),
      dialogButton(page, msg('de', 'dialog.continue')).click(),
    ]);

    await expectText(page.locator('.flash'), 'Team „Design“ wurde archiviert.');
    await billed(page, 'members', 4);
    expect((await h().serverPool('echo-members', 'members')).billed).toBe(4);
  });
});
