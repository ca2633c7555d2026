import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sandboxAdapters } from '../../lib/hosts';
import { t } from '../../lib/i18n';
import { E2E_PORT, EXTENSION_DIR, PRODUCTION_DIR } from './browser';
import { TENANTS, TOKENS, useHarness } from './harness';
import { useProxy } from './proxy';
import { expectText, pool, ui, waitForPool } from './ui';
import { inWorld } from './world';

// The production build's privileges, the e2e flavour's exact origins, and what the host page can see.

const h = useHarness();
// The sandbox and e2e flavours' Seat API hosts (any local port: a test proxy sits in front of the server).
const KNOWN_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
// architecture.md: storage only; wxt.config.ts adds contextMenus on purpose (agents' "Check seats for …").
const PERMISSIONS = ['contextMenus', 'storage'];

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const built = manifestOf(PRODUCTION_DIR);
const e2e = manifestOf(EXTENSION_DIR);

describe('the manifest of the production build', () => {
  it("asks for storage (and the agents' context menu) and no host at all; customer hosts are optional", () => {
    expect([...(built.permissions ?? [])].sort()).toEqual(PERMISSIONS);
    expect(built.host_permissions ?? []).toEqual([]);
    expect(built.optional_host_permissions?.length).toBeGreaterThan(0);
    // scripting only optional, asked for with a customer's host (wxt.config.ts).
    expect(built.optional_permissions ?? []).toEqual(['scripting']);
    expect(JSON.stringify(built)).not.toMatch(/<all_urls>|"tabs"|"\*:\/\/\*\/\*"|127\.0\.0\.1|localhost/);
  });

  it('ships no sandbox adapter and no content script of its own (a customer adapter registers it)', () => {
    expect(built.content_scripts ?? []).toEqual([]);
    const bundles = ['background.js', 'content-scripts/seats.js'].map((file) =>
      readFileSync(join(PRODUCTION_DIR, file), 'utf8'),
    );
    for (const adapter of sandboxAdapters) for (const code of bundles) expect(code).not.toContain(adapter.id);
  });

  it('the e2e flavour runs its content script on the sandbox’s pages, on the sandbox’s port only', () => {
    const matches = (e2e.content_scripts ?? []).flatMap((script) => script.matches);
    expect(matches.length).toBeGreaterThan(0);
    for (const pattern of matches)
      expect(pattern).toMatch(new RegExp(`^http://(127\\.0\\.0\\.1|localhost):${E2E_PORT}/t/`));
    expect([...(e2e.host_permissions ?? [])].sort()).toEqual(KNOWN_HOSTS);
  });

  it('is what Chromium loaded, and Chromium granted no more', async () => {
    const granted = await h().inWorker(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          runtime: { getManifest(): Manifest };
          permissions: { getAll(): Promise<{ permissions?: string[]; origins?: string[] }> };
        };
      };
      return { manifest: chrome.runtime.getManifest(), all: await chrome.permissions.getAll() };
    }, undefined);
    expect(granted.manifest.permissions).toEqual(e2e.permissions);
    expect([...(granted.all.permissions ?? [])].sort()).toEqual(PERMISSIONS);
    // Chromium lists the host permissions and the content scripts' match patterns: all on the known hosts.
    const origins = granted.all.origins ?? [];
    expect(origins).toEqual(expect.arrayContaining(KNOWN_HOSTS));
    for (const origin of origins) expect(origin).toMatch(/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//);
  });
});

describe('the token stays in the background', () => {
  it.each(TENANTS)('%s: no token in the page’s DOM or the panel’s shadow DOM', async (tenant) => {
    const { page } = h();
    await page.goto(h().adminUrl(tenant));
    await ui(page).locator('.sg-pool').first().waitFor({ state: 'attached' });
    const dom = (await page.content()) + (await ui(page).evaluate((root) => root.innerHTML));
    for (const token of [TOKENS.agent, ...Object.values(TOKENS.tenants)]) expect(dom).not.toContain(token);
  });

  it('the content script’s own world cannot read the stored connections', async () => {
    const { page } = h();
    await page.goto(h().adminUrl('qics-demo'));
    await waitForPool(page, 'users', '25 van 25');
    const read = await inWorld(
      page,
      `chrome.storage.local.get('connections').then((items) => JSON.stringify(items), (error) => 'refused: ' + error.message)`,
    );
    expect(String(read)).toMatch(/^refused: /);
    expect(String(read)).not.toContain(TOKENS.tenants['qics-demo']);
  });
});

/** Every storage area an extension context may read, as one JSON text, read in the service worker. */
function storedEverywhere(): Promise<string> {
  return h().inWorker(async () => {
    type Area = { get(keys: null): Promise<unknown> };
    const { storage } = (globalThis as unknown as { chrome: { storage: Record<string, Area | undefined> } })
      .chrome;
    const areas = ['local', 'session', 'sync'].map((name) => storage[name]?.get(null).catch(() => null));
    return JSON.stringify(await Promise.all(areas));
  }, undefined);
}

const ALL_TOKENS = [TOKENS.agent, ...Object.values(TOKENS.tenants)];
const holdsToken = (text: string) => ALL_TOKENS.some((token) => text.includes(token));

// Issue 13, "Firefox tokens": Firefox lets content scripts read storage.local, so no token is kept in any
// storage area; Chromium's TRUSTED_CONTEXTS stays as defence in depth (above). firefox.test.ts runs the
// Firefox build's own store.
describe('tokens stay out of every storage area', () => {
  it('a connection saved in the options page keeps its token in the vault, and the panel works with it', async () => {
    const { ext, page } = h();
    // The harness writes its connections to storage.local directly, tokens and all: none from now on.
    await h().store({}, ['connections']);
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const name = 'QicsMilestones (sandbox)';
    const row = options
      .locator('form.sg-connection')
      .filter({ has: options.locator('legend', { hasText: name }) });
    await row.getByLabel('Seat API base URL').fill(`${h().base}/`);
    await row.getByLabel('Token', { exact: true }).fill(TOKENS.tenants['qics-demo']);
    await row.getByRole('button', { name: 'Save', exact: true }).click();
    await expectText(
      row.locator('[role="status"]'),
      t('options.save.tested', { name, org: 'Bureau Jansen' }, 'en'),
    );
    await options.close();

    const stored = await storedEverywhere();
    expect(stored).toContain(`${h().base}/`);
    expect(holdsToken(stored)).toBe(false);
    // The vault: IndexedDB of the extension's origin, which a content script cannot open.
    const databases = await h().inWorker(
      async () => (await indexedDB.databases()).map((db) => db.name),
      undefined,
    );
    expect(databases).toContain('seatguard-secrets');

    await page.goto(h().adminUrl('qics-demo'));
    await waitForPool(page, 'users', '25 van 25');
    const seen = await inWorld(
      page,
      `indexedDB.databases().then((dbs) => JSON.stringify(dbs.map((db) => db.name)), (error) => 'refused: ' + error.message)`,
    );
    expect(String(seen)).not.toContain('seatguard-secrets');
  });
});

describe('hostile seat data renders as text', () => {
  const proxy = useProxy(() => h().base);

  it('a pool label with markup shows literally, with no element created from it', async () => {
    const label =
      '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>Gebruikers';
    proxy().mode = {
      kind: 'rewrite',
      rewrite: (json) => {
        const body = json as { policy: { pools: { label: string }[] } };
        for (const p of body.policy.pools) p.label = label;
        return body;
      },
    };
    await h().connect({ 'qics-demo': { baseUrl: `${proxy().url}/` } });
    const { page } = h();
    await page.goto(h().adminUrl('qics-demo'));
    await expectText(pool(page, 'users').locator('.sg-pool-label'), label);
    const injected = await ui(page).evaluate((root) => root.querySelectorAll('img, script').length);
    expect(injected).toBe(0);
    expect(await page.title()).not.toBe('pwned');
  });
});
