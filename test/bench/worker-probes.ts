import type { BrowserContext, Worker } from 'playwright-core';

// What the bench does in the extension's service worker, from outside the product: it watches what the
// background posts into pages and makes it forget a tenant the way the product does. Nothing here ships.
// Functions handed to `evaluate` define no named functions (tsx's __name does not exist there).

interface PortLike {
  postMessage(message: unknown): void;
}

interface BenchWorkerGlobal {
  seatguardBench?: { largest: number };
  chrome: {
    runtime: { onConnect: { addListener(listener: (port: PortLike) => void): void } };
    storage: {
      local: {
        get(keys: null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
        remove(keys: string[]): Promise<void>;
      };
      onChanged: { addListener(listener: (changes: Record<string, unknown>) => void): void };
    };
  };
}

/** The extension's current service worker: Chrome may have stopped and started it again. */
export async function currentWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const prefix = `chrome-extension://${extensionId}/`;
  const running = context.serviceWorkers().find((w) => w.url().startsWith(prefix));
  return running ?? context.waitForEvent('serviceworker', { timeout: 10_000 });
}

/**
 * Adds the bench's own onConnect listener, once per service-worker life: it wraps `postMessage` of the very
 * Port the background's listener got (listeners share the object; the background posts only after an await,
 * so the wrapper is in place) and keeps the longest `JSON.stringify(message).length` seen.
 */
export async function watchPortMessages(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as BenchWorkerGlobal;
    if (g.seatguardBench) return;
    const bench = { largest: 0 };
    g.seatguardBench = bench;
    g.chrome.runtime.onConnect.addListener((port) => {
      const post = port.postMessage.bind(port);
      port.postMessage = (message: unknown) => {
        bench.largest = Math.max(bench.largest, JSON.stringify(message)?.length ?? 0);
        post(message);
      };
    });
  });
}

/** The longest message (characters of its JSON) posted into a page since the last call; 0 resets it. */
export async function takeLargestMessage(worker: Worker): Promise<number> {
  return worker.evaluate(() => {
    const bench = (globalThis as unknown as BenchWorkerGlobal).seatguardBench;
    const largest = bench?.largest ?? 0;
    if (bench) bench.largest = 0;
    return largest;
  });
}

/**
 * Makes the background forget a tenant as the product does: the host's connection is removed and added
 * again (every change of `connections` drops what the background holds), and the kept views (`view:*`) go.
 * Resolves once storage.onChanged reported both writes, which the background's own listener saw first.
 */
export async function forgetTenant(worker: Worker, adapterId: string): Promise<void> {
  await worker.evaluate(async (adapter) => {
    const { storage } = (globalThis as unknown as BenchWorkerGlobal).chrome;
    const all = await storage.local.get(null);
    const connections = { ...(all.connections as Record<string, unknown> | undefined) };
    const connection = connections[adapter];
    if (!connection) throw new Error(`no connection for ${adapter}`);
    const others = Object.fromEntries(Object.entries(connections).filter(([id]) => id !== adapter));
    let pending = 2;
    const reported = new Promise<void>((done) => {
      // Left registered: it does nothing once both changes were seen, and a bench run is short-lived.
      storage.onChanged.addListener((changes) => {
        if ('connections' in changes && --pending === 0) done();
      });
    });
    await storage.local.set({ connections: others });
    await storage.local.set({ connections: { ...others, [adapter]: connection } });
    const views = Object.keys(all).filter((key) => key.startsWith('view:'));
    if (views.length) await storage.local.remove(views);
    await reported;
  }, adapterId);
}

/** Writes the extension's Seat API connections, as the options page would. */
export async function writeConnections(worker: Worker, connections: Record<string, unknown>): Promise<void> {
  await worker.evaluate(
    (value) => (globalThis as unknown as BenchWorkerGlobal).chrome.storage.local.set({ connections: value }),
    connections,
  );
}
