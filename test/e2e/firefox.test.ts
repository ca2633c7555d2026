// The built token store runs under fake-indexeddb's IndexedDB and WXT's fake browser (no Firefox runs here).
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The Firefox build (issue 5/5): it builds, web-ext lint finds no error, and it asks for what Chromium does.

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, '.output', 'firefox-mv3');

interface LintReport {
  summary: { errors: number; warnings: number };
  errors: { code: string; message: string }[];
}

beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build', '-b', 'firefox'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
});

describe('the Firefox build', () => {
  it('passes web-ext lint without errors', () => {
    const bin = join(root, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
    const out = execFileSync(
      process.execPath,
      [bin, 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(out) as LintReport;
    expect(report.errors).toEqual([]);
  });

  it.each([
    ['manifest_version', 3],
    ['permissions', ['storage', 'contextMenus']],
    ['optional_host_permissions', ['https://*/*', 'http://*/*']],
    ['optional_permissions', ['scripting']],
  ])('manifest %s is %j', (key, value) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest[key]).toEqual(value);
  });

  it('has a gecko id and declares no data collection', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      id: expect.stringContaining('@'),
      data_collection_permissions: { required: ['none'] },
    });
  });
});

/** A token store of the build (lib/extension/shared/token-split.ts tokenItem), as its chunk exports it. */
interface BuiltItem {
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  migrate(): Promise<boolean>;
}

const isItem = (value: unknown): value is BuiltItem =>
  typeof value === 'object' && value !== null && 'migrate' in value && typeof value.migrate === 'function';

/** The built chunks that name the stored connections, imported as the options page and the background do. */
async function builtItems(): Promise<Record<'connections' | 'agent', BuiltItem>> {
  // The bundle picks `globalThis.browser` when it has a runtime id, as Firefox's.
  Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
  const chunks = join(dir, 'chunks');
  const items = new Set<BuiltItem>();
  for (const file of readdirSync(chunks)) {
    if (!/local:(connections|agent)/.test(readFileSync(join(chunks, file), 'utf8'))) continue;
    const chunk = (await import(join(chunks, file))) as Record<string, unknown>;
    for (const value of Object.values(chunk)) if (isItem(value)) items.add(value);
  }
  const byKey: Partial<Record<string, BuiltItem>> = {};
  for (const item of items) {
    await fakeBrowser.storage.local.clear();
    await item.setValue({});
    const [key] = Object.keys(await fakeBrowser.storage.local.get(null));
    if (key) byKey[key] = item;
  }
  const { connections, agent } = byKey;
  if (!connections || !agent)
    throw new Error(`the build's token stores were not found: ${Object.keys(byKey)}`);
  return { connections, agent };
}

/** The vault's tokens, read from IndexedDB as the background would. */
async function vaultTokens(): Promise<unknown[]> {
  const open = indexedDB.open('seatguard-secrets');
  const db = await new Promise<IDBDatabase>((done, fail) => {
    open.onsuccess = () => done(open.result);
    open.onerror = () => fail(open.error);
  });
  const all = db.transaction('tokens').objectStore('tokens').getAll();
  const tokens = await new Promise<unknown[]>((done) => {
    all.onsuccess = () => done(all.result);
  });
  db.close();
  return tokens;
}

// Issue 13, "Firefox tokens": Firefox restricts only storage.session, so its content scripts read storage.local
// (Mozilla bug 1724754). No Firefox runs here: this runs the Firefox build's own token store over fakes.
describe('the Firefox build keeps tokens out of storage.local', () => {
  const everything = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));
  const host = { baseUrl: 'https://seats.vendor.example/', token: 'firefox-host-secret' };
  const agent = { baseUrl: 'https://seats.vendor.example/', token: 'firefox-agent-secret' };
  let items: Awaited<ReturnType<typeof builtItems>>;
  beforeAll(async () => {
    items = await builtItems();
  });
  beforeEach(async () => {
    await fakeBrowser.storage.local.clear();
  });

  it('its content script never names the stored connections or the vault', () => {
    const script = readFileSync(join(dir, 'content-scripts', 'seats.js'), 'utf8');
    expect(script).not.toMatch(/local:connections|local:agent|seatguard-secrets|indexedDB/);
  });

  it('a saved host connection: base URL in storage.local, token in the vault', async () => {
    await items.connections.setValue({ 'sandbox-qics-demo': host });
    expect(await everything()).toContain(host.baseUrl);
    expect(await everything()).not.toContain(host.token);
    expect(await vaultTokens()).toContain(host.token);
    expect(await items.connections.getValue()).toEqual({ 'sandbox-qics-demo': host });
  });

  it('a saved agent connection: token in the vault', async () => {
    await items.agent.setValue(agent);
    expect(await everything()).not.toContain(agent.token);
    expect(await vaultTokens()).toContain(agent.token);
    expect(await items.agent.getValue()).toEqual(agent);
  });

  it('tokens an older version kept in storage.local move into the vault', async () => {
    await fakeBrowser.storage.local.set({ connections: { 'sandbox-am-demo': host }, agent });
    expect(await items.connections.migrate()).toBe(true);
    expect(await items.agent.migrate()).toBe(true);
    expect(await everything()).not.toMatch(/firefox-(host|agent)-secret/);
    expect(await items.connections.getValue()).toEqual({ 'sandbox-am-demo': host });
  });
});
