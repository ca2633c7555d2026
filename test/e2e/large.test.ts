import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber, type Lang } from '../../lib/i18n';
import { evaluate, type PoolReport } from '../../lib/rules';
import { levelText, poolUsageText } from '../../lib/view/text';
import { type AnyTenant, largeTenant, useHarness, type WorkerGlobal } from './harness';
import {
  dialog,
  dialogButton,
  escapeRegExp,
  expectText,
  formValues,
  msg,
  note,
  pool,
  statusMessage,
  submit,
  ui,
} from './ui';

// The sandbox's tenant of 100,000 users (issue 2/4): the panel shows what the Seat API counts, the guard blocks
// a user with sign-in at the full logins pool, and a failed storage write still shows the numbers with a note.

const USERS = 100_000;
const LARGE = largeTenant(USERS);
/** The first answer at 100k users: the server builds the body (seconds), the background prepares it. */
const SLOW = 30_000;

const h = useHarness({ large: [USERS] });

beforeAll(async () => {
  // Builds the server's 27 MB body once, before any test waits for a panel.
  await h().seats(LARGE);
}, 120_000);

/** What the server holds now: every pool of the tenant's report, from one Seat API answer, and its users. */
async function serverFacts(tenant: AnyTenant): Promise<{ pools: PoolReport[]; users: number }> {
  const { policy, snapshot } = await h().seats(tenant);
  const { pools } = evaluate(policy, snapshot, { now: new Date().toISOString() });
  return { pools, users: snapshot.users?.length ?? 0 };
}

function poolOf(pools: readonly PoolReport[], id: string): PoolReport {
  const found = pools.find((p) => p.id === id);
  if (!found) throw new Error(`no pool ${id}`);
  return found;
}

/** Each pool's usage and level in the panel read as the Seat API's numbers say. */
async function expectPools(page: Page, pools: readonly PoolReport[], lang: Lang): Promise<void> {
  for (const expected of pools) {
    await expectText(pool(page, expected.id).locator('.sg-pool-usage'), poolUsageText(expected, lang), SLOW);
    await expectText(pool(page, expected.id).locator('.sg-level'), levelText(expected.level, lang));
  }
}

describe(`${LARGE}: the panel and the guard at 100,000 users`, () => {
  it('the panel on the users page shows every pool as the Seat API counts it', async () => {
    const { page } = h();
    const { pools } = await serverFacts(LARGE);
    expect(poolOf(pools, 'users').level).toBe('full');
    await page.goto(h().adminUrl(LARGE));
    await expectPools(page, pools, 'en');
    expect(await ui(page).locator('[data-pool]').count()).toBe(pools.length);
  });

  it('creating a user with sign-in at the limit is blocked; the form keeps its values and nothing is created', async () => {
    const { page } = h();
    const CREATE = 'form#user-create';
    const before = await serverFacts(LARGE);
    const users = poolOf(before.pools, 'users');
    await page.goto(h().adminUrl(LARGE, 'users/new'));
    await page.fill(`${CREATE} [name="name"]`, 'Nora Quist');
    await page.fill(`${CREATE} [name="email"]`, 'nora.quist@example.com');
    await page.fill(`${CREATE} [name="employee"]`, 'e-nora');
    await page.locator(`${CREATE} [name="teams"]`).first().fill('t7');
    const typed = await formValues(page, CREATE);
    expect(typed).toMatchObject({ login: true, name: 'Nora Quist' });
    await expectText(pool(page, 'users').locator('.sg-pool-usage'), poolUsageText(users, 'en'), SLOW);

    await submit(page, CREATE);
    await expectText(dialog(page).locator('.sg-title'), msg('en', 'title.limit'));
    const over = `${formatNumber(users.used + 1, 'en')} of ${formatNumber(users.limit ?? 0, 'en')}`;
    await expectText(dialog(page).locator('.sg-reasons'), new RegExp(escapeRegExp(over)));
    expect(await dialogButton(page, msg('en', 'dialog.continue')).count()).toBe(0);
    await dialogButton(page, msg('en', 'dialog.back')).click();

    await dialog(page).waitFor({ state: 'detached' });
    expect(page.url()).toBe(h().adminUrl(LARGE, 'users/new'));
    expect(await formValues(page, CREATE)).toEqual(typed);
    const after = await serverFacts(LARGE);
    expect(poolOf(after.pools, 'users').used).toBe(users.used);
    expect(after.users).toBe(before.users);
  });
});

/**
 * Runs in the service worker (serialized: no closures): fills storage.local (10 MB without unlimitedStorage)
 * with junk until not even 16 more characters fit, so the background's next view write fails.
 */
async function fillStorage(): Promise<number> {
  const { local } = (globalThis as unknown as WorkerGlobal).chrome.storage;
  let keys = 0;
  let size = 1 << 20;
  while (size >= 16) {
    try {
      await local.set({ [`junk:${keys}`]: 'x'.repeat(size) });
      keys += 1;
    } catch {
      size = Math.floor(size / 2);
    }
  }
  return keys;
}

interface StorageCase {
  tenant: AnyTenant;
  lang: Lang;
}

const storageCases: StorageCase[] = [
  { tenant: LARGE, lang: 'en' },
  { tenant: 'qics-demo', lang: 'nl' },
];

describe('a failed storage write still shows the data and says what failed', () => {
  afterEach(async () => {
    // Full storage would fail the next test's connections too.
    await h().store({}, ['junk:*']);
  });

  it.each(storageCases)('$tenant ($lang)', async ({ tenant, lang }) => {
    const { page } = h();
    const { pools } = await serverFacts(tenant);
    expect(await h().inWorker(fillStorage, undefined)).toBeGreaterThan(0);
    await page.goto(h().adminUrl(tenant));

    await expectPools(page, pools, lang);
    await expectText(note(page), msg(lang, 'note.storage-failed'));
    expect(await statusMessage(page).count()).toBe(0);
    const kept = await h().inWorker(
      async () => Object.keys(await (globalThis as unknown as WorkerGlobal).chrome.storage.local.get(null)),
      undefined,
    );
    expect(kept.filter((key) => key.startsWith('view:'))).toEqual([]);
  });
});
