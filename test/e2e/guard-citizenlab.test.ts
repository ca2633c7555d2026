import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from '../../lib/i18n';
import { type ChangeInput, type CostLine, check } from '../../lib/rules';
import { useHarness } from './harness';
import { dialog, dialogButton, expectText, formValues, msg, squash, submit, waitForPool } from './ui';

// CitizenLab (model E): admins 2/2 (Go Vocal's own admin takes no seat); an extra admin seat is EUR 950 per
// year from the order date, prorated to the contract end (2027-03-31). The server runs on the real clock, so
// the amount is computed.

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
  await expectText(dialog(page).locator('.sg-title'), 'Aankoop van 1 extra seat bevestigen');
  return cost;
}

describe('CitizenLab: promoting a user to admin at 2/2', () => {
  it('shows what is due now, for which dates, and the EUR 950 a year after, with the total on the button', async () => {
    const { page } = h();
    const cost = await promote(page);
    expect(cost).toMatchObject({ seats: 1, currency: 'EUR', per: 'year', prorated: true, to: '2027-03-31' });
    expect(cost.amount).toBeGreaterThan(0);
    expect(cost.amount).toBeLessThan(95_000);

    const amount = formatMoney(cost.amount, 'EUR', 'nl');
    await expectText(
      dialog(page).locator('.sg-reasons'),
      'Admins: de limiet is bereikt, dus hiervoor is 1 extra seat nodig.',
    );
    // Now versus then, as a careful billing page says it; never "per jaar" of the prorated sum.
    const costs = dialog(page).locator('.sg-costs');
    await expectText(
      costs,
      `Admins: ${amount} nu, ${formatDate(cost.from, 'nl')} – ${formatDate('2027-03-31', 'nl')}; daarna € 950,00 per jaar`,
    );
    expect(squash((await costs.textContent()) ?? '')).not.toContain(`${squash(amount)} per jaar`);
    // CitizenLab's own words (003): the customer buys extra seats itself, in "je".
    await expectText(dialog(page).locator('.sg-raise'), 'Koop zelf extra seats onder Licentie & seats.');
    // Or free one instead: the admins now, least recently active first; Go Vocal's own admin is not billed.
    const holders = dialog(page).locator('.sg-ways-out .sg-holders');
    await expectText(
      holders,
      'Nu in Admins, het langst niet actief eerst: Joost van der Linden, Sanne Hermans.',
    );
    await expectText(dialog(page).locator('.sg-ways-out'), 'Verwijder de beheerdersrechten van de gebruiker');
    expect(await dialog(page).textContent()).not.toMatch(/licentie|Support Go Vocal/);
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

const INVITE = 'form#user-invite';
const FIVE = ['ada', 'bo.de.jong', 'cas', 'dewi', 'emre'].map((name) => `${name}@velden.nl`);
// Typed as admins do: one per line, a comma and a semicolon in between, one address twice.
const TYPED = `${FIVE[0]}\n${FIVE[1]}, ${FIVE[2]};\n${FIVE[3]}\n\n${FIVE[4]}\n${FIVE[0]?.toUpperCase()}`;

/** What inviting the five as admins costs today, by lib/rules on the Seat API's current answer, as one batch. */
async function expectedInviteCost(): Promise<CostLine> {
  const { policy, snapshot } = await h().seats('citizenlab-demo');
  const changes: ChangeInput[] = FIVE.map((_, i) => ({
    kind: 'add-user',
    user: { id: `invitee-${i}`, roles: ['admin'] },
  }));
  const verdict = check(policy, snapshot, changes, { now: new Date().toISOString() });
  expect(verdict.reasons).toEqual([{ code: 'needs-purchase', pool: 'admins', params: { seats: 5 } }]);
  const [cost, ...more] = verdict.costs;
  if (!cost || more.length > 0) throw new Error('inviting five admins at 2/2 has no single cost line');
  return cost;
}

/** Opens the bulk invite, types the five addresses as admins and submits; returns the expected cost line. */
async function inviteFive(page: Page): Promise<CostLine> {
  const cost = await expectedInviteCost();
  await page.goto(h().adminUrl('citizenlab-demo', 'users/invite'));
  await waitForPool(page, 'admins', '2 van 2');
  await page.fill(`${INVITE} [name="emails"]`, TYPED);
  await page.selectOption(`${INVITE} [name="roles"]`, 'admin');
  await submit(page, INVITE);
  await expectText(dialog(page).locator('.sg-title'), 'Aankoop van 5 extra seats bevestigen');
  return cost;
}

describe('CitizenLab: inviting five admins at once at 2/2', () => {
  it('asks once, for the five seats together, with one prorated cost line', async () => {
    const { page } = h();
    const cost = await inviteFive(page);
    expect(cost).toMatchObject({ seats: 5, currency: 'EUR', per: 'year', prorated: true, to: '2027-03-31' });

    expect(await dialog(page).count()).toBe(1);
    const reasons = dialog(page).locator('.sg-reasons li');
    expect(await reasons.count()).toBe(1);
    await expectText(reasons, 'Admins: de limiet is bereikt, dus hiervoor zijn 5 extra seats nodig.');
    const lines = dialog(page).locator('.sg-costs li');
    expect(await lines.count()).toBe(1);
    const amount = formatMoney(cost.amount, 'EUR', 'nl');
    const each = formatMoney(cost.amount / 5, 'EUR', 'nl');
    await expectText(lines, `Admins: 5 seats × ${each} = ${amount} nu, `);
    await expectText(lines, '; daarna € 950,00 per seat per jaar');
    expect(await dialogButton(page, msg('nl', 'dialog.confirm-total', { amount })).count()).toBe(1);
  });

  it('cancelling keeps every typed address and invites nobody', async () => {
    const { page } = h();
    await inviteFive(page);
    await dialogButton(page, msg('nl', 'dialog.cancel')).click();

    await dialog(page).waitFor({ state: 'detached' });
    expect(await formValues(page, INVITE)).toEqual({ emails: TYPED, roles: 'admin', confirmPurchase: false });
    expect(await h().serverPool('citizenlab-demo', 'admins')).toMatchObject({ used: 2, limit: 2 });
    expect((await h().seats('citizenlab-demo')).snapshot.users).toHaveLength(11);
  });

  it('Continue ticks the vendor’s order box and submits once: the server buys the five seats in one order', async () => {
    const { page } = h();
    const cost = await inviteFive(page);
    const amount = formatMoney(cost.amount, 'EUR', 'nl');
    await Promise.all([
      page.waitForURL(h().adminUrl('citizenlab-demo')),
      dialogButton(page, msg('nl', 'dialog.confirm-total', { amount })).click(),
    ]);

    await expectText(page.locator('.flash'), '5 uitnodigingen verstuurd (Admin).');
    await expectText(page.locator('.flash'), 'Bestelling geplaatst: 5 extra admin-seats');
    // The vendor writes the amount its own way: €1.574,65.
    const written = new Intl.NumberFormat('nl', { minimumFractionDigits: 2 }).format(cost.amount / 100);
    await expectText(page.locator('.flash'), `€${written}, geldig tot en met 31 maart 2027`);
    expect(await h().serverPool('citizenlab-demo', 'admins')).toMatchObject({
      used: 7,
      limit: 7,
      purchased: 5,
    });
    await waitForPool(page, 'admins', '7 van 7');

    await page.goto(h().adminUrl('citizenlab-demo', 'licence'));
    const orders = page.locator('table.orders tbody tr');
    expect(await orders.count()).toBe(1);
    await expectText(orders, '0 → 5');
  });
});
