import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from '../../lib/i18n';
import { type ChangeInput, type CostLine, check } from '../../lib/rules';
import { useHarness } from './harness';
import { dialog, dialogButton, expectText, formValues, msg, submit, waitForPool } from './ui';

// CitizenLab (model E): admins 2/2; an extra admin seat is EUR 950 per year from the order date,
// prorated to the contract end (2027-03-31). The server runs on the real clock, so the amount is computed.

const h = useHarness();
const EDIT = 'form#user-edit';
const PROMOTE: ChangeInput = { kind: 'update-user', id: 'c05', set: { roles: ['admin'] } };

/** What promoting Lotte Kuipers costs today, by lib/rules on the Seat API's current answer. */
async function expectedCost(): Promise<CostLine> {
  const { policy, snapshot } = await h().seats('citizenlab-demo');
  const verdict = check(policy, snapshot, PROMOTE, { now: new Date().toISOString() });
  expect(verdict.outcome).toBe('confirm');
  const [cost] = verdict.costs;
  if (!cost) throw new Error('promoting an admin at 2/2 has no cost line');
  return cost;
}

/** Opens Lotte Kuipers (a plain user), makes her admin and submits; returns the expected cost line. */
async function promote(page: Page): Promise<CostLine> {
  const cost = await expectedCost();
  await page.goto(h().adminUrl('citizenlab-demo', 'users/c05'));
  await waitForPool(page, 'admins', '2 van 2');
  await page.selectOption(`${EDIT} [name="roles"]`, 'admin');
  await submit(page, EDIT);
  await expectText(dialog(page).locator('.sg-title'), msg('nl', 'outcome.confirm'));
  return cost;
}

describe('CitizenLab: promoting a user to admin at 2/2', () => {
  it('asks to confirm the EUR 950 yearly price prorated to the contract end, with the total on the button', async () => {
    const { page } = h();
    const cost = await promote(page);
    expect(cost).toMatchObject({ seats: 1, currency: 'EUR', per: 'year', prorated: true, to: '2027-03-31' });
    expect(cost.amount).toBeGreaterThan(0);
    expect(cost.amount).toBeLessThan(95_000);

    const amount = formatMoney(cost.amount, 'EUR', 'nl');
    await expectText(
      dialog(page).locator('.sg-reasons'),
      msg('nl', 'reason.needs-purchase', { pool: 'Admins', count: 1 }),
    );
    const costs = dialog(page).locator('.sg-costs');
    await expectText(costs, amount);
    await expectText(costs, formatDate('2027-03-31', 'nl'));
    await expectText(costs, msg('nl', 'cost.prorated'));
    await expectText(dialog(page).locator('.sg-raise'), msg('nl', 'raise.purchase'));
    expect(await dialogButton(page, msg('nl', 'dialog.confirm-total', { amount })).count()).toBe(1);
  });

  it('cancelling keeps the form as typed and buys nothing', async () => {
    const { page } = h();
    await promote(page);
    await dialogButton(page, msg('nl', 'dialog.cancel')).click();

    await dialog(page).waitFor({ state: 'detached' });
    expect(page.url()).toBe(h().adminUrl('citizenlab-demo', 'users/c05'));
    expect(await formValues(page, EDIT)).toEqual({
      name: 'Lotte Kuipers',
      email: 'lotte.kuipers@velden.nl',
      roles: 'admin',
      confirmPurchase: false,
    });
    expect(await h().serverPool('citizenlab-demo', 'admins')).toMatchObject({ used: 2, limit: 2 });
  });

  it('confirming ticks the vendor’s order box and submits: the server records the purchase (limit 3)', async () => {
    const { page } = h();
    const cost = await promote(page);
    const amount = formatMoney(cost.amount, 'EUR', 'nl');
    await Promise.all([
      page.waitForURL(h().adminUrl('citizenlab-demo')),
      dialogButton(page, msg('nl', 'dialog.confirm-total', { amount })).click(),
    ]);

    await expectText(page.locator('.flash'), `Bestelling geplaatst: 1 extra admin-seat`);
    // The vendor writes the same amount in its own style (€338,36).
    await expectText(
      page.locator('.flash'),
      `${(cost.amount / 100).toFixed(2).replace('.', ',')}, geldig tot en met 31 maart 2027`,
    );
    expect(await h().serverPool('citizenlab-demo', 'admins')).toMatchObject({
      used: 3,
      limit: 3,
      purchased: 1,
    });
    await waitForPool(page, 'admins', '3 van 3');
  });
});
