import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { SeatsResponse } from '../../lib/api/schemas';
import { HostAdapter } from '../../lib/hosts';
import { formatNumber, type Lang, type MessageKey, type Params, resolveLang, t } from '../../lib/i18n';
import { evaluate } from '../../lib/rules';
import { type RunningServer, startServer } from '../../server/start';
import { E2E_PORT, type ExtensionBrowser, launchWithExtension } from './browser';
import { ui } from './ui';

// The options page of the production build in Chromium, against the sandbox server: test connection,
// save (and the panel using it), import with errors, a customer adapter's content script, export.

const TENANTS = ['qics-demo', 'am-demo', 'echo-teams', 'echo-members', 'citizenlab-demo'];
const tokenOf = (tenant: string) => `options-e2e-${tenant}`;
const TOKENS = {
  agent: 'options-e2e-agent',
  tenants: Object.fromEntries(TENANTS.map((id) => [id, tokenOf(id)])),
};
const QICS = 'QicsMilestones (sandbox)';

/** A server that answers every request with `{}`: reachable, but not a Seat API. */
function startNotSeatApi(): Promise<Server> {
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{}');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const portOf = (server: Server) => (server.address() as AddressInfo).port;
const close = (server: Server) => new Promise((resolve) => server.close(resolve));

/** A port nothing listens on: bound once, then released. */
async function deadPort(): Promise<number> {
  const server = await startNotSeatApi();
  const port = portOf(server);
  await close(server);
  return port;
}

/** The parts of the service worker's `chrome` used here. */
interface WorkerChrome {
  scripting?: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
  permissions: { remove(set: { permissions: string[] }): Promise<boolean> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}
type InWorker = typeof globalThis & { chrome: WorkerChrome };

// Run in the service worker, serialized: each function reaches `chrome` itself, with no closures.
const registeredScripts = async () =>
  (await (globalThis as InWorker).chrome.scripting?.getRegisteredContentScripts()) ?? [];
const dropScripting = async () => {
  await (globalThis as InWorker).chrome.permissions.remove({ permissions: ['scripting'] });
};
const storedValue = async (key: string) =>
  (await (globalThis as InWorker).chrome.storage.local.get(key))[key];

let dir: string;
let sandbox: RunningServer;
let notSeatApi: Server;
let ext: ExtensionBrowser;
let page: Page;

/** Evaluates in the extension's current service worker (Chrome may have restarted it). */
function inWorker<T>(fn: (arg: string) => Promise<T>, arg = ''): Promise<T> {
  const prefix = `chrome-extension://${ext.extensionId}/`;
  const worker = ext.context.serviceWorkers().find((w) => w.url().startsWith(prefix)) ?? ext.worker;
  return worker.evaluate(fn, arg);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'seatguard-options-e2e-'));
  sandbox = await startServer({ port: E2E_PORT, dataFile: join(dir, 'sandbox.sqlite'), tokens: TOKENS });
  notSeatApi = await startNotSeatApi();
  ext = await launchWithExtension(process.env.SEATGUARD_EXTENSION_DIR || undefined);
  page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
  if (notSeatApi) await close(notSeatApi);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const en = (key: MessageKey, params: Params = {}) => t(key, params, 'en');
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The connection form of one adapter, found by its legend. */
const row = (name: string): Locator =>
  page.locator('form.sg-connection').filter({ has: page.locator('legend', { hasText: name }) });

async function fillRow(name: string, values: { baseUrl?: string; token?: string; tenant?: string }) {
  const form = row(name);
  if (values.baseUrl !== undefined) await form.getByLabel('Seat API base URL').fill(values.baseUrl);
  if (values.token !== undefined) await form.getByLabel('Token', { exact: true }).fill(values.token);
  if (values.tenant !== undefined) await form.getByLabel('Tenant to test').fill(values.tenant);
}

/** Clicks a row's button and returns the announced result: the first text other than the one before and "testing". */
async function resultOf(name: string, buttonName: string): Promise<string> {
  const form = row(name);
  // A CSS locator: getByRole skips the live region while it is empty.
  const status = form.locator('[role="status"]');
  const before = squash(await status.textContent());
  await form.getByRole('button', { name: buttonName, exact: true }).click();
  const running = [en('options.test.running'), en('options.save.testing')];
  await expect
    .poll(async () => squash(await status.textContent()), { timeout: 40_000 })
    .not.toSatisfy((text: string) => text === before || running.includes(text) || text === '');
  return squash(await status.textContent());
}

const sandboxUrl = () => `${sandbox.url}/`;

describe('test connection', () => {
  it('reports the tenant for a correct token', async () => {
    await fillRow(QICS, { baseUrl: sandboxUrl(), token: tokenOf('qics-demo') });
    expect(await row(QICS).getByLabel('Tenant to test').inputValue()).toBe('qics-demo');
    expect(await resultOf(QICS, 'Test connection')).toMatch(/^Connected to Bureau Jansen \(\d+ pools?\)\.$/);
  });

  it('says the token was refused (401)', async () => {
    await fillRow(QICS, { baseUrl: sandboxUrl(), token: 'not-a-known-token' });
    expect(await resultOf(QICS, 'Test connection')).toBe(en('options.test.unauthorized'));
  });

  it("says another tenant's token may not read this one (403)", async () => {
    await fillRow(QICS, { baseUrl: sandboxUrl(), token: tokenOf('am-demo') });
    expect(await resultOf(QICS, 'Test connection')).toBe(
      en('options.test.forbidden', { tenant: 'qics-demo' }),
    );
  });

  it('says a dead port is unreachable', async () => {
    const url = `http://127.0.0.1:${await deadPort()}/`;
    await fillRow(QICS, { baseUrl: url, token: tokenOf('qics-demo') });
    expect(await resultOf(QICS, 'Test connection')).toBe(en('options.test.network', { url }));
  });

  it('says a server that is not a Seat API sent a bad reply, and where', async () => {
    await fillRow(QICS, {
      baseUrl: `http://127.0.0.1:${portOf(notSeatApi)}/`,
      token: tokenOf('qics-demo'),
    });
    const result = await resultOf(QICS, 'Test connection');
    expect(result).toBe(en('options.test.invalid-response', { detail: 'policy' }));
  });

  it('names the bad field and focuses it, without asking the background', async () => {
    await fillRow(QICS, { baseUrl: 'seat api please', token: 'x' });
    await row(QICS).getByRole('button', { name: 'Test connection' }).click();
    const baseUrl = row(QICS).getByLabel('Seat API base URL');
    await expect.poll(() => baseUrl.getAttribute('aria-invalid')).toBe('true');
    expect(await baseUrl.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await baseUrl.getAttribute('aria-describedby')).toBeTruthy();
  });
});

/** The first pool of the tenant's report as the server holds it, in the page's language. */
async function serverUsage(tenant: string, token: string, lang: Lang) {
  const response = await fetch(`${sandbox.url}/v1/tenants/${tenant}/seats`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const { policy, snapshot } = z.parse(SeatsResponse, await response.json());
  const pool = evaluate(policy, snapshot, { now: new Date().toISOString() }).pools[0];
  if (!pool) throw new Error(`${tenant} has no pools`);
  return { id: pool.id, used: formatNumber(pool.used, lang), limit: formatNumber(pool.limit ?? 0, lang) };
}

describe('save', () => {
  it('stores the connection, and the qics panel shows its numbers with it', async () => {
    const users = await ext.context.newPage();
    await users.goto(`${sandbox.url}/t/qics-demo/admin/users`);
    const lang = resolveLang([await users.locator('html').getAttribute('lang')]);
    const panel = ui(users).locator('section.sg-panel');
    await expect
      .poll(async () => squash(await panel.textContent()), { timeout: 15_000 })
      .toContain(squash(t('error.unconfigured', {}, lang)));

    await fillRow(QICS, { baseUrl: sandboxUrl(), token: tokenOf('qics-demo') });
    expect(await resultOf(QICS, 'Save')).toBe(
      en('options.save.tested', { name: QICS, org: 'Bureau Jansen' }),
    );

    const expected = await serverUsage('qics-demo', tokenOf('qics-demo'), lang);
    await users.reload();
    const usage = ui(users).locator(`[data-pool="${expected.id}"] .sg-pool-usage`);
    await expect
      .poll(async () => squash(await usage.textContent()), { timeout: 15_000 })
      .toContain(expected.used);
    expect(squash(await usage.textContent())).toContain(expected.limit);
    await users.close();
  });
});

const adapterSection = () =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: 'Host adapters' }) });
const importText = () => page.getByLabel(en('options.import.text'));
const customItem = () => adapterSection().locator('li.sg-adapter').filter({ hasText: customAdapter.name });
const importResult = () => page.locator('form').filter({ has: importText() }).locator('.sg-result');

/** Imports the JSON and returns the result once it replaced the previous one. */
async function importJson(json: string): Promise<string> {
  const before = squash(await importResult().textContent());
  await importText().fill(json);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect
    .poll(async () => squash(await importResult().textContent()))
    .not.toSatisfy((text: string) => text === before || text === '');
  return squash(await importResult().textContent());
}

const customAdapter = {
  id: 'acme-local',
  name: 'Acme (local)',
  matches: ['http://127.0.0.1/acme/*'],
  tenant: { fixed: 'qics-demo' },
};

describe('adapters', () => {
  it('lists the built-in adapters with their match patterns', async () => {
    expect(squash(await adapterSection().textContent())).toContain(
      `http://127.0.0.1:${E2E_PORT}/t/qics-demo/admin*`,
    );
  });

  it('says where invalid JSON stops', async () => {
    const text = await importJson('{\n  "id": "acme",\n  "name": }');
    expect(text).toBe(en('options.import.json', { found: '"}"', line: 3, column: 11 }));
  });

  it('lists schema errors with their paths', async () => {
    const text = await importJson(
      JSON.stringify([{ ...customAdapter, id: 'Bad Id', matches: ['<all_urls>'] }]),
    );
    expect(text).toContain(en('options.import.invalid'));
    expect(text).toContain(`[0].id: ${en('options.issue.adapter-id')}`);
    expect(text).toContain(`[0].matches[0]: ${en('options.issue.match-pattern')}`);
    expect(text).not.toMatch(/Invalid input|expected/);
    expect(await importText().getAttribute('aria-invalid')).toBe('true');
  });

  it('imports a customer adapter and registers its content script', async () => {
    // `scripting` carries no permission warning and 127.0.0.1 is granted already, so Chrome does not prompt.
    expect(await importJson(JSON.stringify(customAdapter))).toBe(en('options.import.done', { count: 1 }));
    expect(squash(await customItem().textContent())).toContain(en('options.adapters.active'));
    await expect
      .poll(() => inWorker(registeredScripts))
      .toEqual([
        expect.objectContaining({
          id: 'custom-acme-local',
          matches: customAdapter.matches,
          js: ['content-scripts/seats.js'],
        }),
      ]);
  });

  it('runs on the customer pages with the connection saved for it', async () => {
    await fillRow(customAdapter.name, { baseUrl: sandboxUrl(), token: tokenOf('qics-demo') });
    expect(await resultOf(customAdapter.name, 'Save')).toBe(
      en('options.save.tested', { name: customAdapter.name, org: 'Bureau Jansen' }),
    );
    const acme = await ext.context.newPage();
    await acme.goto(`${sandbox.url}/acme/users`);
    const usage = ui(acme).locator('[data-pool] .sg-pool-usage').first();
    await expect.poll(async () => squash(await usage.textContent()), { timeout: 15_000 }).toMatch(/\d/);
    await acme.close();
  });

  it('says an adapter is inactive without the permission, and grants it from a click', async () => {
    await inWorker(dropScripting);
    await page.reload();
    expect(squash(await customItem().textContent())).toContain(en('options.adapters.inactive'));
    await page.getByRole('button', { name: `Grant access for ${customAdapter.name}` }).click();
    await expect
      .poll(async () => squash(await customItem().textContent()))
      .toContain(en('options.adapters.active'));
    await expect
      .poll(() => inWorker(registeredScripts))
      .toEqual([expect.objectContaining({ id: 'custom-acme-local' })]);
  });

  it('exports what is stored, as a download and on the clipboard', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('seatguard-adapters.json');
    const path = await download.path();
    const exported = JSON.parse(readFileSync(path, 'utf8'));
    expect(exported).toEqual([HostAdapter.parse(customAdapter)]);
    const stored = await inWorker(storedValue, 'adapters');
    expect(exported).toEqual(stored);

    await page.getByRole('button', { name: 'Copy to clipboard' }).click();
    const status = page
      .locator('fieldset')
      .filter({ has: page.locator('legend', { hasText: 'Export adapters' }) })
      .locator('[role="status"]');
    await expect.poll(async () => squash(await status.textContent())).toBe(en('options.export.copied'));
  });

  it('removes the customer adapter and its content script', async () => {
    await page.getByRole('button', { name: 'Remove Acme (local)' }).click();
    await expect
      .poll(async () => squash(await adapterSection().textContent()))
      .toContain(en('options.adapters.none'));
    await expect.poll(() => inWorker(registeredScripts)).toEqual([]);
  });
});

describe('set-up that cannot fail silently', () => {
  const AM = 'AM System (sandbox)';
  const stored = async () =>
    (await inWorker(storedValue, 'connections')) as Record<string, unknown> | undefined;
  const pageNotice = () => page.locator('.sg-unsaved-page');

  it('Save tests first: a token the Seat API refuses is not saved, and the page says so', async () => {
    const before = await stored();
    await fillRow(AM, { baseUrl: sandboxUrl(), token: 'not-the-am-token' });
    expect(await resultOf(AM, 'Save')).toBe(
      `${en('options.save.not-saved')} ${en('options.test.unauthorized')}`,
    );
    expect(await stored()).toEqual(before);
    expect(squash(await row(AM).locator('.sg-unsaved').textContent())).toBe(en('options.unsaved.form'));
  });

  it('a base ending in /v1 (the API’s own address) is named as the problem, not the tenant', async () => {
    await fillRow(AM, { baseUrl: `${sandbox.url}/v1`, token: tokenOf('am-demo') });
    expect(await resultOf(AM, 'Test connection')).toBe(
      en('options.test.not-found-v1', { suggested: sandboxUrl() }),
    );
  });

  it('warns before a reload loses an unsaved token: on the page, then the browser asks', async () => {
    await fillRow(AM, { baseUrl: sandboxUrl(), token: 'typed-but-not-saved' });
    await expect
      .poll(async () => squash(await pageNotice().textContent()))
      .toBe(en('options.unsaved.page', { forms: AM }));
    const asked = page.waitForEvent('dialog');
    const reload = page.reload().catch(() => undefined);
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    // Stay: the typed token is still there.
    await dialog.dismiss();
    await reload;
    expect(await row(AM).getByLabel('Token', { exact: true }).inputValue()).toBe('typed-but-not-saved');
    // Saved, nothing is pending and a reload goes through without asking.
    await fillRow(AM, { token: tokenOf('am-demo') });
    expect(await resultOf(AM, 'Save')).toBe(en('options.save.tested', { name: AM, org: 'Norrby kommun' }));
    expect(await pageNotice().isHidden()).toBe(true);
    await page.reload();
    expect(await row(AM).getByLabel('Token', { exact: true }).inputValue()).toBe(tokenOf('am-demo'));
  });

  it('lists unknown keys and invalid selectors at their paths, in sentences', async () => {
    const bad = [
      { ...customAdapter, id: 'acme-two', failmode: 'closed' },
      { ...customAdapter, id: 'acme-three', tenant: 'qics-demo' },
      {
        ...customAdapter,
        id: 'acme-four',
        forms: [
          { form: 'form#user-create', change: { kind: 'add-user', fields: {} } },
          { form: 'form#[', change: { kind: 'add-user', fields: {} } },
        ],
      },
    ];
    const text = await importJson(JSON.stringify(bad));
    expect(text).toContain(
      `[0].failmode: ${en('options.issue.unknown-key-like', { key: 'failmode', known: 'failMode' })}`,
    );
    expect(text).toContain(`[1].tenant: ${en('options.issue.object')}`);
    expect(text).toContain(`[2].forms[1].form: ${en('options.issue.selector', { selector: 'form#[' })}`);
    expect(text).not.toMatch(/Invalid input|expected/);
    expect(squash(await adapterSection().textContent())).not.toContain('acme-two');
    await importText().fill('');
  });

  it.each([
    [1280, 720],
    [400, 800],
  ])('"Show token" fits its field at %i×%i', async (width, height) => {
    await page.setViewportSize({ width, height });
    try {
      for (const button of await page.getByRole('button', { name: en('options.token.show') }).all()) {
        await button.scrollIntoViewIfNeeded();
        const fits = await button.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const field = el.closest('.sg-field')?.getBoundingClientRect();
          const hit = document.elementFromPoint(box.right - 4, box.top + box.height / 2);
          return !!field && box.left >= field.left && box.right <= field.right && el.contains(hit);
        });
        expect(fits).toBe(true);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });
});

describe('settings', () => {
  it('saves the threshold and language, and the page switches language', async () => {
    await page.getByLabel('Warning threshold (%)').fill('85');
    await page.getByLabel('Language', { exact: true }).selectOption('nl');
    const form = page.locator('form').filter({ has: page.getByLabel('Warning threshold (%)') });
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(t('options.title', {}, 'nl'));
    expect(await page.locator('main').getAttribute('lang')).toBe('nl');
    const stored = await inWorker(storedValue, 'settings');
    expect(stored).toEqual({ lang: 'nl', warnAt: 0.85 });
  });
});
