import { type Browser, browser } from 'wxt/browser';
import { type HostAdapter, portless } from '../../hosts';
import { readCustomAdapters } from '../shared/config';

type Script = Browser.scripting.RegisteredContentScript;

/** The part of `browser.scripting` used here; absent until the optional `scripting` permission is granted. */
export interface ScriptingApi {
  getRegisteredContentScripts(): Promise<Script[]>;
  registerContentScripts(scripts: Script[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

const PREFIX = 'custom-';
/** The built-in content script's bundle (entrypoints/seats.content); it finds its adapter through the background. */
export const SEATS_SCRIPT = 'content-scripts/seats.js';

/**
 * The content script of a customer's adapter, started before the page's own scripts (the guard listens first).
 * Firefox's patterns take no port: there the background's sender check keeps the exact origin.
 */
export function scriptFor(adapter: HostAdapter, portsInPatterns = !import.meta.env.FIREFOX): Script {
  return {
    id: `${PREFIX}${adapter.id}`,
    matches: adapter.matches.map((pattern) => (portsInPatterns ? pattern : portless(pattern))),
    js: [SEATS_SCRIPT],
    runAt: 'document_start',
  };
}

const shape = (script: Script) =>
  JSON.stringify([[...(script.matches ?? [])].sort(), script.js, script.runAt]);

/** Makes the registered `custom-*` content scripts match the adapters exactly: adds, replaces, removes. */
export async function reconcileScripts(
  scripting: ScriptingApi,
  adapters: readonly HostAdapter[],
): Promise<void> {
  const wanted = adapters.map((adapter) => scriptFor(adapter));
  const current = (await scripting.getRegisteredContentScripts()).filter((script) =>
    script.id.startsWith(PREFIX),
  );
  const unchanged = new Set(
    current
      .filter((script) => wanted.some((w) => w.id === script.id && shape(w) === shape(script)))
      .map((s) => s.id),
  );
  const stale = current.filter((script) => !unchanged.has(script.id)).map((script) => script.id);
  if (stale.length > 0) await scripting.unregisterContentScripts({ ids: stale });
  const added = wanted.filter((script) => !unchanged.has(script.id));
  if (added.length > 0) await scripting.registerContentScripts(added);
}

/** One reconciliation at a time, so that overlapping triggers never register the same id twice. */
export function createScriptSync(
  scripting: () => ScriptingApi | undefined,
  adapters: () => Promise<readonly HostAdapter[]>,
): () => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return () => {
    const next = queue.then(async () => {
      const api = scripting();
      if (api) await reconcileScripts(api, await adapters());
    });
    queue = next.catch(() => undefined);
    return next;
  };
}

/** Registers the customer adapters' content scripts when the scripting permission is granted; else does nothing. */
export const syncCustomScripts = createScriptSync(() => browser.scripting, readCustomAdapters);

/** Syncs now and whenever the stored customer adapters change; for the background's lifetime. */
export function watchCustomScripts(): void {
  const sync = () => void syncCustomScripts().catch(() => undefined);
  sync();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'adapters' in changes) sync();
  });
}
