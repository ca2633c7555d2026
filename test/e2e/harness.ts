import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import * as z from 'zod/mini';
import { SeatsResponse } from '../../lib/api/schemas';
import { type HostAdapter, SANDBOX_API, sandboxAdapters } from '../../lib/hosts';
import { evaluate, type PoolReport } from '../../lib/rules';
import { type RunningServer, startServer } from '../../server/main';
import { E2E_PORT, type ExtensionBrowser, launchWithExtension } from './browser';

// Per test file: a sandbox server over a temp database, Chromium with the production build, and the
// extension's Seat API connections written into its storage from the service worker (test access from outside).

export const TENANTS = ['qics-demo', 'am-demo', 'echo-teams', 'echo-members', 'citizenlab-demo'] as const;
export type Tenant = (typeof TENANTS)[number];

export const TOKENS = {
  agent: 'e2e-agent-token',
  tenants: Object.fromEntries(TENANTS.map((tenant) => [tenant, `e2e-${tenant}-token`])) as Record<
    Tenant,
    string
  >,
};

/** A large sandbox tenant (SEATGUARD_LARGE), e.g. `large-100000`: only a harness started with its size has it. */
export type LargeTenant = `large-${number}`;
/** Any tenant the harness's server can have. */
export type AnyTenant = Tenant | LargeTenant;

/** The one adapter of every large tenant; its connection reads them all with the agent's token. */
export const LARGE_ADAPTER = 'sandbox-large';

export const largeTenant = (users: number): LargeTenant => `large-${users}`;

const isLarge = (tenant: AnyTenant): tenant is LargeTenant => tenant.startsWith('large-');

/** The token the harness reads a tenant's seats with: its own, or the agent's for a large tenant. */
const tokenOf = (tenant: AnyTenant) => (isLarge(tenant) ? TOKENS.agent : TOKENS.tenants[tenant]);

export interface HarnessOptions {
  /** Sizes of the large sandbox tenants to seed (server/sandbox/large.ts); connected through LARGE_ADAPTER. */
  large?: readonly number[];
}

export interface Connection {
  baseUrl: string;
  token: string;
}

export interface Harness {
  /** The sandbox server's origin, e.g. http://127.0.0.1:40123. */
  base: string;
  ext: ExtensionBrowser;
  /** One page reused by the file's tests. */
  page: Page;
  /** Admin page URL of a tenant, e.g. users or users/new. */
  adminUrl(tenant: AnyTenant, path?: string): string;
  /**
   * Writes every tenant's connection (straight to the server unless overridden), the large tenants' adapter's
   * when the harness has large tenants, plus `more` by adapter id, e.g. a customer adapter's.
   */
  connect(
    overrides?: Partial<Record<Tenant, Partial<Connection>>>,
    more?: Record<string, Connection>,
  ): Promise<void>;
  /** The server's seed state back, no seat data in the extension, and every tenant connected again. */
  reset(): Promise<void>;
  /** Posts an admin form as another admin would, outside the browser: the extension learns nothing of it. */
  adminPost(tenant: AnyTenant, path: string, fields: Record<string, string>): Promise<Response>;
  /** The Seat API's current answer for a tenant, read with the tenant's token (a large tenant's: the agent's). */
  seats(tenant: AnyTenant): Promise<SeatsResponse>;
  /** One pool of the tenant's report now, from the Seat API's answer: what the server really holds. */
  serverPool(tenant: AnyTenant, pool: string): Promise<PoolReport>;
  /**
   * Sets and removes extension storage keys (`prefix*` removes every key with that prefix) and resolves once
   * the service worker saw the change, so the background has reacted before the test goes on.
   */
  store(set: Record<string, unknown>, remove?: string[]): Promise<void>;
  /** Evaluates in the extension's service worker (the current one, should Chrome have restarted it). */
  inWorker<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T>;
  close(): Promise<void>;
}

/** The service worker's `chrome`, as far as the harness uses it (functions run there are serialized: no closures). */
export interface WorkerGlobal {
  chrome: {
    storage: {
      local: {
        get(keys: null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
        remove(keys: string[]): Promise<void>;
      };
      onChanged: {
        addListener(listener: (changes: Record<string, unknown>) => void): void;
        removeListener(listener: (changes: Record<string, unknown>) => void): void;
      };
    };
  };
}

export function adapterId(tenant: Tenant): string {
  return `sandbox-${tenant}`;
}

function currentWorker(ext: ExtensionBrowser): Worker {
  const prefix = `chrome-extension://${ext.extensionId}/`;
  return ext.context.serviceWorkers().find((w) => w.url().startsWith(prefix)) ?? ext.worker;
}

/**
 * Runs in the service worker (serialized, so self-contained): applies what differs and waits for
 * storage.onChanged to report it. Listeners run in the order added, so the background's ran first.
 */
async function applyStorage({
  set,
  remove,
}: {
  set: Record<string, unknown>;
  remove: string[];
}): Promise<void> {
  const { storage } = (globalThis as unknown as WorkerGlobal).chrome;
  // Chrome reports no change for an equal value, whose keys it may return in another order.
  const canonical = (value: unknown) =>
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    );
  const current = await storage.local.get(null);
  const removing = Object.keys(current).filter((key) =>
    remove.some((name) => (name.endsWith('*') ? key.startsWith(name.slice(0, -1)) : key === name)),
  );
  const setting = Object.fromEntries(
    Object.entries(set).filter(([key, value]) => canonical(current[key]) !== canonical(value)),
  );
  const pending = new Set([...removing, ...Object.keys(setting)]);
  if (pending.size === 0) return;
  const reported = new Promise<void>((resolve) => {
    const listener = (changes: Record<string, unknown>) => {
      for (const key of Object.keys(changes)) pending.delete(key);
      if (pending.size > 0) return;
      storage.onChanged.removeListener(listener);
      resolve();
    };
    storage.onChanged.addListener(listener);
  });
  if (removing.length > 0) await storage.local.remove(removing);
  if (Object.keys(setting).length > 0) await storage.local.set(setting);
  await reported;
}

export async function startHarness({ large = [] }: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'seatguard-e2e-'));
  let server: RunningServer | undefined;
  let ext: ExtensionBrowser | undefined;
  try {
    server = await startServer({
      port: E2E_PORT,
      dataFile: join(dir, 'sandbox.sqlite'),
      tokens: TOKENS,
      large,
    });
    ext = await launchWithExtension();
  } catch (error) {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const running = server;
  const browser = ext;
  const base = running.url;
  const page = await browser.context.newPage();

  // Playwright types the argument as Unboxed<A>; the arguments passed here are plain JSON.
  const inWorker: Harness['inWorker'] = <T, A>(fn: (arg: A) => Promise<T>, arg: A) =>
    currentWorker(browser).evaluate(fn as (arg: unknown) => Promise<T>, arg as unknown);

  const store: Harness['store'] = (set, remove = []) => inWorker(applyStorage, { set, remove });

  const harness: Harness = {
    base,
    ext: browser,
    page,
    adminUrl: (tenant, path = 'users') => `${base}/t/${tenant}/admin/${path}`,
    async connect(overrides = {}, more = {}) {
      const connections = Object.fromEntries(
        TENANTS.map((tenant) => [
          adapterId(tenant),
          { baseUrl: `${base}/`, token: TOKENS.tenants[tenant], ...overrides[tenant] },
        ]),
      );
      const largeConnection =
        large.length > 0 ? { [LARGE_ADAPTER]: { baseUrl: `${base}/`, token: TOKENS.agent } } : {};
      await store({ connections: { ...connections, ...largeConnection, ...more } });
    },
    async reset() {
      const response = await fetch(`${base}/v1/sandbox/reset`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKENS.agent}` },
      });
      if (response.status !== 204) throw new Error(`sandbox reset answered ${response.status}`);
      // Away first: the last test's page would reconnect and have the background load its tenant again.
      await page.goto('about:blank');
      // Removing the connections makes the background forget the facts it holds in memory; then back.
      await store({}, ['view:*', 'panel:*', 'connections', 'adapters', 'settings']);
      await harness.connect();
    },
    async adminPost(tenant, path, fields) {
      // The sandbox's CSRF checks: the token in a page's forms, and the Origin a browser sends with a post.
      const form = await fetch(harness.adminUrl(tenant));
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
      return fetch(harness.adminUrl(tenant, path), {
        method: 'POST',
        headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, ...fields }),
        redirect: 'manual',
      });
    },
    async seats(tenant) {
      const read = async () => {
        const response = await fetch(`${base}/v1/tenants/${tenant}/seats`, {
          headers: { Authorization: `Bearer ${tokenOf(tenant)}` },
        });
        return response.json();
      };
      // The server shares this process's event loop: after a long parse its keep-alive timer may close the
      // socket undici reuses ("other side closed"); the GET is safe to send again.
      const body = await read().catch((error: unknown) => {
        if (error instanceof TypeError) return read();
        throw error;
      });
      return z.parse(SeatsResponse, body);
    },
    store,
    async serverPool(tenant, id) {
      const { policy, snapshot } = await harness.seats(tenant);
      const found = evaluate(policy, snapshot, { now: new Date().toISOString() }).pools.find(
        (p) => p.id === id,
      );
      if (!found) throw new Error(`${tenant} has no pool ${id}`);
      return found;
    },
    inWorker,
    async close() {
      await browser.close();
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

/**
 * Registers the file's lifetime hooks: one harness for all its tests, connected and reset before each.
 * Returns an accessor, since the harness exists only once beforeAll ran.
 */
export function useHarness(options: HarnessOptions = {}): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(options);
  });
  afterAll(async () => {
    await harness?.close();
  });
  beforeEach(async () => {
    await harness?.reset();
    await harness?.connect();
  });
  return () => {
    if (!harness) throw new Error('the e2e harness did not start');
    return harness;
  };
}

/**
 * A built-in sandbox adapter as the e2e flavour has it: this process knows the sandbox's default port, the
 * extension under test the e2e port (its patterns carry the port: exact origins).
 */
export function sandboxAdapterAtE2ePort(id: string): HostAdapter {
  const adapter = sandboxAdapters.find((found) => found.id === id);
  if (!adapter) throw new Error(`no built-in adapter ${id}`);
  const port = (text: string) => text.replace(`:${new URL(SANDBOX_API).port}/`, `:${E2E_PORT}/`);
  return {
    ...adapter,
    matches: adapter.matches.map(port),
    ...(adapter.api && { api: { baseUrl: port(adapter.api.baseUrl) } }),
  };
}
