import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { csvCell, holdersCsv } from '../../lib/extension/popup/csv';
import { t } from '../../lib/i18n';
import { evaluate } from '../../lib/rules';
import { poolUsageText } from '../../lib/view/text';
import { axeViolations } from './axe';
import { type Tenant, TOKENS, useHarness } from './harness';
import { expectText, squash, ui } from './ui';
import { inWorld } from './world';

// The toolbar popup of the production build for support agents, against the sandbox server: search,
// keyboard, copy, CSV export, admin page, errors, and opening on the tenant of the current tab.

const h = useHarness();

const popupUrl = (query = '') => `chrome-extension://${h().ext.extensionId}/popup.html${query}`;
const combobox = (page: Page): Locator => page.locator('input[role="combobox"]');
const option = (page: Page, tenant: string): Locator =>
  page.locator(`[role="option"][data-tenant="${tenant}"]`);
const status = (page: Page): Locator => page.locator('.sg-search [role="status"]');
const meter = (page: Page, pool: string): Locator => page.locator(`[data-pool="${pool}"] [role="meter"]`);
const action = (page: Page, key: 'popup.copy' | 'popup.export' | 'popup.admin'): Locator =>
  page.locator('.sg-popup-actions button', { hasText: t(key) });

/** The agent connection the options page would save: the sandbox's Seat API and its agent token. */
async function useAgent(token: string | null = TOKENS.agent): Promise<void> {
  if (token === null) await h().store({}, ['agent']);
  else await h().store({ agent: { baseUrl: `${h().base}/`, token } });
}

/** Opens the popup page and types into its search box as a person would, key by key. */
async function search(text: string, query = ''): Promise<Page> {
  const { page } = h();
  await page.goto(popupUrl(query));
  await combobox(page).pressSequentially(text);
  return page;
}

/** Searches and picks a tenant with Enter, then waits for its seats. */
async function open(tenant: Tenant, text: string, firstPool: string): Promise<Page> {
  const page = await search(text);
  await option(page, tenant).waitFor();
  const tenants = await page
    .locator('[role="option"]')
    .evaluateAll((all) => all.map((el) => el.dataset.tenant));
  for (let i = 0; i < tenants.indexOf(tenant); i++) await combobox(page).press('ArrowDown');
  await combobox(page).press('Enter');
  await meter(page, firstPool).waitFor();
  return page;
}

/** The records of an RFC 4180 text (comment lines aside), each field unquoted. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  const field = /"((?:[^"]|"")*)"|([^,\r\n]*)/y;
  for (let at = 0, record: string[] = []; at < text.length; ) {
    if (record.length === 0 && text.startsWith('#', at)) {
      const end = text.indexOf('\r\n', at);
      at = end < 0 ? text.length : end + 2;
      continue;
    }
    field.lastIndex = at;
    const [, quoted, plain = ''] = field.exec(text) ?? [];
    record.push(quoted === undefined ? plain : quoted.replaceAll('""', '"'));
    at = field.lastIndex;
    if (text.startsWith('\r\n', at)) {
      records.push(record);
      record = [];
      at += 2;
    } else at += 1;
  }
  return records;
}

beforeEach(async () => {
  await useAgent();
});

describe('the popup finds a tenant as the agent types', () => {
  it('"velden" finds Gemeente Velden, and Enter shows its admin seats 2/2', async () => {
    const page = await search('velden');
    await option(page, 'citizenlab-demo').waitFor();
    await expectText(status(page), t('popup.search.found', { count: 1 }));
    expect(await page.locator('[role="option"]').count()).toBe(1);
    await expectText(option(page, 'citizenlab-demo'), 'Gemeente Velden');
    await combobox(page).press('Enter');
    await meter(page, 'admins').waitFor();
    expect(await meter(page, 'admins').getAttribute('aria-valuenow')).toBe('2');
    expect(await meter(page, 'admins').getAttribute('aria-valuemax')).toBe('2');
    const admins = await h().serverPool('citizenlab-demo', 'admins');
    await expectText(page.locator('[data-pool="admins"] .sg-pool-usage'), poolUsageText(admins, 'en'));
    await expectText(page.locator('[data-pool="managers"] .sg-pool-usage'), /^2 of 3 /);
    expect(await combobox(page).getAttribute('aria-expanded')).toBe('false');
  });

  it('moves the highlight with the arrow keys, wrapping, while the focus stays in the box', async () => {
    const page = await search('demo');
    const options = page.locator('[role="option"]');
    await expect.poll(() => options.count()).toBe(3);
    const ids = await options.evaluateAll((all) => all.map((el) => el.id));
    const active = () => combobox(page).getAttribute('aria-activedescendant');
    expect(await active()).toBe(ids[0]);
    await combobox(page).press('ArrowDown');
    expect(await active()).toBe(ids[1]);
    await combobox(page).press('ArrowUp');
    await combobox(page).press('ArrowUp');
    expect(await active()).toBe(ids[2]);
    expect(await options.nth(2).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    const picked = await options.nth(2).getAttribute('data-tenant');
    await combobox(page).press('Enter');
    const name = (await h().seats(picked as Tenant)).policy.name;
    await expectText(page.locator('section.sg-panel h2'), name);
    await combobox(page).press('Escape');
    expect(await combobox(page).inputValue()).toBe('');
  });

  it('says so when nothing matches', async () => {
    const page = await search('no-such-tenant');
    await expectText(status(page), t('popup.search.none', { q: 'no-such-tenant' }));
    expect(await combobox(page).getAttribute('aria-expanded')).toBe('false');
  });
});

describe('what an agent does with a tenant', () => {
  it('copies a plain-text summary for the ticket, and confirms it', async () => {
    await h().ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await open('citizenlab-demo', 'velden', 'admins');
    await action(page, 'popup.copy').click();
    await expectText(page.locator('.sg-popup-actions [role="status"]'), t('popup.copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split('\n').map(squash);
    expect(lines[0]).toBe('Gemeente Velden (citizenlab-demo)');
    expect(lines[1]).toBe(t('panel.level', { level: t('level.full') }));
    expect(lines).toContain(
      '- Admins: 2/2, Full · Included in the licence, not billed separately; an extra seat costs €950.00 per year.',
    );
    expect(lines.at(-1)).toMatch(/^Data as of \w{3} \d{1,2}, \d{4} \d{2}:\d{2} UTC$/);
  });

  it.each<[Tenant, string, Record<string, number>]>([
    ['qics-demo', 'Jansen', { users: 25 }],
    ['am-demo', 'Norrby', { case: 10, document: 6 }],
  ])('exports %s’s billed users as CSV, row for row the sandbox data', async (tenant, text, perPool) => {
    const firstPool = Object.keys(perPool)[0] as string;
    const page = await open(tenant, text, firstPool);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      action(page, 'popup.export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^seats-${tenant}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const facts = await h().seats(tenant);
    expect(csv.slice(1)).toBe(holdersCsv(facts, 'en'));
    const [header, ...rows] = csvRecords(csv.slice(1));
    expect(header).toEqual([
      'pool',
      'pool_label',
      'kind',
      'holder',
      'id',
      'reason',
      'name',
      'email',
      'last_active_at',
      'billing',
      'why',
    ]);
    for (const [pool, count] of Object.entries(perPool))
      expect(rows.filter((row) => row[0] === pool)).toHaveLength(count);
    // Each row names its holder as the Seat API does, whether or not the sandbox gives names.
    const users = new Map(facts.snapshot.users.map((user) => [user.id, user]));
    for (const [, , , holder, id, , name, email, lastActive, billing, why] of rows) {
      expect(holder).toBe('user');
      const user = users.get(id ?? '');
      // Compared as written: csvCell keeps a name a spreadsheet would run as text.
      expect([name, email, lastActive].map((v) => csvCell(v ?? ''))).toEqual(
        [user?.name, user?.email, user?.lastActiveAt].map((v) => csvCell(v ?? '')),
      );
      expect(['included', 'billed']).toContain(billing);
      expect(why).not.toBe('');
    }
    // The rows add up to the panel's numbers: as many billed rows as the pool bills, less unused seats.
    const report = evaluate(facts.policy, facts.snapshot, { now: new Date().toISOString() });
    for (const pool of report.pools) {
      const billedRows = rows.filter((row) => row[0] === pool.id && row[9] === 'billed').length;
      const unused = Math.max(0, pool.billed - billedRows);
      expect(billedRows + unused).toBe(pool.billed);
      if (unused > 0) expect(csv).toContain(`# ${pool.label}: ${unused} purchased`);
    }
    await expectText(page.locator('.sg-popup-actions [role="status"]'), download.suggestedFilename());
  });

  it('opens the tenant’s admin page in a new tab', async () => {
    const page = await open('citizenlab-demo', 'velden', 'admins');
    const [tab] = await Promise.all([
      h().ext.context.waitForEvent('page'),
      action(page, 'popup.admin').click(),
    ]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(h().adminUrl('citizenlab-demo'));
    await tab.close();
  });

  it('passes an accessibility check with a tenant open', async () => {
    const page = await open('citizenlab-demo', 'velden', 'admins');
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
  });
});

describe('clear failures', () => {
  it('a bad agent token: the 401 and where to fix it', async () => {
    await useAgent('not-the-agent-token');
    const page = await search('velden');
    await expectText(status(page), t('popup.error.unauthorized'));
    await expectText(status(page), '(401)');
    await expect
      .poll(() => page.locator('.sg-search-status button').textContent())
      .toBe(t('popup.open-options'));
  });

  it('a tenant’s token instead of an agent token: 403', async () => {
    await useAgent(TOKENS.tenants['qics-demo']);
    const page = await search('velden');
    await expectText(status(page), t('popup.error.forbidden'));
  });

  it('no agent connection: how to set one up', async () => {
    await useAgent(null);
    const page = await search('velden');
    await expectText(status(page), t('popup.error.unconfigured'));
  });
});

/** The parts of the service worker's `chrome` used here. */
interface WorkerChrome {
  action: { openPopup(): Promise<void> };
  contextMenus: { update(id: string, change: object): Promise<void> };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    session: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
}
type InWorker = typeof globalThis & { chrome: WorkerChrome };

/** The real popup's text, read from another extension page (extension pages share one origin and process). */
async function popupText(viewer: Page): Promise<string> {
  return viewer.evaluate(() => {
    const { chrome } = globalThis as unknown as {
      chrome: { extension: { getViews(filter: { type: string }): Window[] } };
    };
    return chrome.extension
      .getViews({ type: 'popup' })
      .map((view) => view.document.body.textContent ?? '')
      .join('\n');
  });
}

describe('opening on a tenant without typing', () => {
  /** Opens the real popup over the admin page in the active tab, as the toolbar button does. */
  async function popupOver(tenant: Tenant): Promise<Page> {
    const { page, ext } = h();
    const viewer = await ext.context.newPage();
    await viewer.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.goto(h().adminUrl(tenant));
    await page.bringToFront();
    await h().inWorker(() => (globalThis as InWorker).chrome.action.openPopup(), undefined);
    return viewer;
  }

  it.each<[string, string | null]>([
    ['through the agent connection', TOKENS.agent],
    ['through the host’s own connection when no agent token is set', null],
  ])('the admin page in the current tab: its tenant, %s', async (_name, token) => {
    await useAgent(token);
    const viewer = await popupOver('qics-demo');
    const usage = poolUsageText(await h().serverPool('qics-demo', 'users'), 'en');
    await expect.poll(async () => squash(await popupText(viewer)), { timeout: 10_000 }).toContain(usage);
    expect(squash(await popupText(viewer))).toContain('Seats – Bureau Jansen');
    await viewer.close();
  });

  it('the selection the context menu left in storage.session, searched once and cleared', async () => {
    await h().inWorker(
      () => (globalThis as InWorker).chrome.storage.session.set({ pendingLookup: '  Jansen ' }),
      undefined,
    );
    const { page } = h();
    await page.goto(popupUrl());
    await option(page, 'qics-demo').waitFor();
    expect(await combobox(page).inputValue()).toBe('Jansen');
    const left = await h().inWorker(
      () => (globalThis as InWorker).chrome.storage.session.get('pendingLookup'),
      undefined,
    );
    expect(left).toEqual({});
  });

  it('the selection in `?q=`, when the context menu had to open the popup page in a tab', async () => {
    const { page } = h();
    await page.goto(popupUrl(`?q=${encodeURIComponent('Norrby')}`));
    await option(page, 'am-demo').waitFor();
    expect(await combobox(page).inputValue()).toBe('Norrby');
  });

  it('the context menu item is registered on install', async () => {
    const updated = await h().inWorker(
      () =>
        (globalThis as InWorker).chrome.contextMenus.update('seatguard:lookup', {}).then(() => 'registered'),
      undefined,
    );
    expect(updated).toBe('registered');
  });
});

describe('the agent port serves extension pages only', () => {
  it('a content script on a host page gets no answer and no token', async () => {
    const { page } = h();
    await page.goto(h().adminUrl('qics-demo'));
    await ui(page).locator('.sg-pool').first().waitFor({ state: 'attached' });
    const heard = await inWorld(
      page,
      `new Promise((resolve) => {
        const port = chrome.runtime.connect({ name: 'seatguard:agent' });
        const heard = [];
        port.onMessage.addListener((message) => heard.push(message));
        port.postMessage({ type: 'search', id: 1, q: '' });
        port.postMessage({ type: 'test', id: 2, baseUrl: location.origin + '/', token: 'x' });
        setTimeout(() => resolve(JSON.stringify(heard)), 2000);
      })`,
    );
    expect(heard).toBe('[]');
  });
});

describe('the agent connection on the options page', () => {
  it('is tested through the background, saved as local:agent, and then used by the popup', async () => {
    await useAgent(null);
    const { page } = h();
    await page.goto(`chrome-extension://${h().ext.extensionId}/options.html`);
    const section = page.locator('section', {
      has: page.locator('h2', { hasText: t('options.agent.title') }),
    });
    await section.getByLabel(t('options.field.base-url')).fill(`${h().base}/`);
    await section.getByLabel(t('options.field.token'), { exact: true }).fill('wrong');
    await section.getByRole('button', { name: t('options.test') }).click();
    await expectText(section.locator('[role="status"]'), '(401)');
    await section.getByLabel(t('options.field.token'), { exact: true }).fill(TOKENS.agent);
    await section.getByRole('button', { name: t('options.test') }).click();
    await expectText(section.locator('[role="status"]'), t('options.agent.tested'));
    await section.getByRole('button', { name: t('options.save') }).click();
    await expectText(section.locator('[role="status"]'), t('options.agent.saved'));
    const stored = await h().inWorker(
      () => (globalThis as InWorker).chrome.storage.local.get('agent'),
      undefined,
    );
    // The token went to the vault (issue 13): storage.local keeps the base and a revision only.
    expect(stored).toEqual({ agent: { baseUrl: `${h().base}/`, rev: expect.any(String) } });
    await search('velden');
    await option(page, 'citizenlab-demo').waitFor();
  });
});
