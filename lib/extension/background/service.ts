import { type Browser, browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { createSeatApi, toSeatApiError } from '../../api';
import { type Facts, FactsCache } from '../../facts';
import { type Decision, decide, unchecked, warmHolders } from '../../guard';
import { builtInAdapters, type HostAdapter, pageTenant, raiseHref } from '../../hosts';
import { type ChangesInput, type Policy, type PreparedTenant, prepareParsed } from '../../rules';
import { buildView } from '../../view/build';
import type { SeatView } from '../../view/schema';
import {
  type Connections,
  readConnections,
  readCustomAdapters,
  readSettings,
  type Settings,
  withWarnAt,
} from '../shared/config';
import { ContentIntent, PageRequest, SEATS_PORT, type SeatState, type TestResult } from '../shared/protocol';
import { startAgentService } from './agent/service';
import { carriedAnswer, carriedState } from './carry';
import { syncCustomScripts, watchCustomScripts } from './custom-scripts';
import type { PanelMemory } from './panel-memory';
import { connectionsChanged } from './token-migration';
import type { ViewStore } from './view-store';

type Port = Browser.runtime.Port;
type Sender = Browser.runtime.MessageSender;

/** One tenant at one Seat API as seen by the ports of its tabs. */
interface Channel {
  key: string;
  adapter: HostAdapter;
  tenant: string;
  raiseHref: string | undefined;
  fetch: (
    etag: string | undefined,
    signal: AbortSignal,
  ) => ReturnType<ReturnType<typeof createSeatApi>['seats']>;
  ports: Set<Port>;
  /** The view last sent, built once per change of the facts, the error or the settings. */
  view: SeatView | undefined;
  /** Aborts the channel's requests when its connection settings change. */
  lifetime: AbortController;
  /** Epoch ms of the last Refresh that reached the Seat API, from any tab of the tenant. */
  forcedAt: number;
}

/**
 * Refresh reaches the Seat API at most this often per tenant, whatever the tabs click: a page that clicks the
 * button in a loop cannot spend the admin's token on a flood of requests (issue 13). Later clicks show the
 * facts in hand, or revalidate them once they are stale.
 */
export const FORCE_MS = 10_000;

export interface BackgroundOptions {
  store: ViewStore;
  /** Whether the panel is open, per host. */
  panels: PanelMemory;
  now?: () => number;
  /** Seat data younger than this is not fetched again. */
  freshMs?: number;
}

/** Tenants no tab has shown for this long leave memory (a 100k-user tenant holds tens of MB). */
const FORGET_MS = 10 * 60_000;

/** Only the top frame of a tab of a known host may ask for seats (architecture.md, security rules). */
function pageOf(sender: Sender | undefined): string | null {
  if (!sender?.tab || sender.frameId !== 0 || sender.id !== browser.runtime.id || !sender.url) return null;
  return sender.url;
}

function isExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/** Options for the Seat API client of a channel. */
function apiFor(connection: Connections[string], lifetime: AbortController) {
  return createSeatApi({ baseUrl: connection.baseUrl, token: connection.token, signal: lifetime.signal });
}

export function startBackground({ store, panels, now = Date.now, freshMs = 60_000 }: BackgroundOptions) {
  let settings: Settings = { lang: 'auto' };
  const settled = readSettings().then((read) => {
    settings = read;
  });
  // Validated by the client's SeatsResponse; the warning threshold comes from the parsed settings. The guard's
  // dialog names who holds a pool's seats: found ahead of the first submit, not during it (a 100k pool: 60 ms).
  const prepare = (data: { policy: Policy; snapshot: PreparedTenant['snapshot'] }) => {
    const prepared = prepareParsed(withWarnAt(data.policy, settings), data.snapshot);
    warmHolders(prepared, now());
    return prepared;
  };
  const cache = new FactsCache({ now, store, prepare });
  const channels = new Map<string, Channel>();

  /** The page's tenant, and its channel once the host has a Seat API connection configured. */
  async function channelFor(url: string) {
    // Read together: every storage round trip delays the panel's first paint.
    const [custom, connections] = await Promise.all([readCustomAdapters(), readConnections(), settled]);
    const page = pageTenant([...custom, ...builtInAdapters], url);
    if (!page) return null;
    const connection = connections[page.adapter.id];
    if (!connection) return { ...page, channel: null };
    const key = `${connection.baseUrl}|${page.tenant}`;
    const existing = channels.get(key);
    if (existing) return { ...page, channel: existing };
    const lifetime = new AbortController();
    const api = apiFor(connection, lifetime);
    const channel: Channel = {
      key,
      ...page,
      raiseHref: raiseHref(page.adapter, page.tenant, url),
      fetch: (etag, signal) => api.seats(page.tenant, { signal, ...(etag !== undefined && { etag }) }),
      ports: new Set(),
      view: undefined,
      lifetime,
      forcedAt: 0,
    };
    channels.set(key, channel);
    return { ...page, channel };
  }

  function stateOf(channel: Channel, view: SeatView, open?: boolean): SeatState {
    const lang = settings.lang === 'auto' ? undefined : settings.lang;
    // Checked as the content script will parse it: what it could not carry arrives as an error view.
    return carriedState({
      type: 'state',
      adapter: channel.adapter,
      ...(lang && { lang }),
      ...(channel.raiseHref && { raiseHref: channel.raiseHref }),
      view,
      ...(open !== undefined && { open }),
    });
  }

  /** Builds the view from what the cache holds, once, and sends it to every tab of the tenant. */
  function broadcast(channel: Channel): void {
    const { facts, error, storeError } = cache.peek(channel.key);
    const failure = error && { code: error.code, message: error.message };
    channel.view = buildView({
      tenant: channel.tenant,
      facts,
      error: failure,
      note: storeError ? 'storage-failed' : undefined,
      now: now(),
    });
    const message = stateOf(channel, channel.view);
    for (const port of channel.ports) port.postMessage(message);
  }

  /** Fetches when stale (or forced); a 304 changes nothing and sends nothing. */
  async function refresh(channel: Channel, asked: boolean): Promise<void> {
    const force = asked && now() - channel.forcedAt >= FORCE_MS;
    if (force) channel.forcedAt = now();
    if (!force && !cache.isStale(channel.key, freshMs)) return;
    try {
      const { changed } = await cache.load(channel.key, channel.fetch, { maxAgeMs: force ? 0 : freshMs });
      if (changed || !channel.view || channel.view.status !== 'ready') broadcast(channel);
    } catch {
      broadcast(channel);
    }
  }

  /** The facts for a decision: those in memory, else the load a cold start is waiting for. */
  async function factsFor(channel: Channel): Promise<Facts | undefined> {
    const { facts } = cache.peek(channel.key);
    if (facts) return facts;
    try {
      return (await cache.load(channel.key, channel.fetch, { maxAgeMs: freshMs })).facts;
    } catch {
      return undefined;
    }
  }

  async function onCheck(channel: Channel, port: Port, id: number, changes: ChangesInput): Promise<void> {
    let decision: Decision;
    try {
      const facts = await factsFor(channel);
      decision = decide({ adapter: channel.adapter, facts, changes, now: now() });
    } catch {
      decision = unchecked(channel.adapter, 'guard-error');
    }
    // The form is likely to go through and the tab to navigate, maybe before its own "submitted" arrives:
    // the next view asks the Seat API again (a 304 when nothing changed).
    cache.invalidate(channel.key);
    port.postMessage(carriedAnswer({ type: 'decision', id, decision }, channel.adapter));
  }

  async function onIntent(
    channel: Channel | null,
    port: Port,
    message: unknown,
    remember: (open: boolean) => Promise<void>,
  ): Promise<void> {
    const intent = z.safeParse(ContentIntent, message);
    if (!intent.success) return;
    const { data } = intent;
    if (data.type === 'panel') return remember(data.open);
    if (!channel) return;
    if (data.type === 'check') return onCheck(channel, port, data.id, data.changes);
    if (data.type === 'submitted') cache.invalidate(channel.key);
    else await refresh(channel, data.type === 'refresh');
  }

  /** What a tab sees first: the view in memory, else the one kept for a restart, else loading. */
  async function firstView(channel: Channel): Promise<SeatView> {
    if (channel.view) return channel.view;
    if (cache.peek(channel.key).facts) {
      broadcast(channel);
      return channel.view ?? { tenant: channel.tenant, status: 'loading' };
    }
    return (
      (await store.read(channel.key).catch(() => undefined)) ?? { tenant: channel.tenant, status: 'loading' }
    );
  }

  async function onConnect(port: Port): Promise<void> {
    if (port.name !== SEATS_PORT) return;
    const url = pageOf(port.sender);
    const page = url ? await channelFor(url) : null;
    if (!page || !url) return port.disconnect();
    const found = page.channel;
    const remember = (open: boolean) => panels.remember(page.adapter.id, url, open);
    port.onMessage.addListener(
      (message) => void onIntent(found, port, message, remember).catch(() => undefined),
    );
    // The remembered open state goes with the first state only: another tab's choice never moves this one.
    const open = panels.read(page.adapter.id, url).catch(() => false);
    if (!found) {
      const view: SeatView = { tenant: page.tenant, status: 'unconfigured' };
      port.postMessage({ type: 'state', adapter: page.adapter, view, open: await open } satisfies SeatState);
      return;
    }
    found.ports.add(port);
    port.onDisconnect.addListener(() => found.ports.delete(port));
    const [view, opened] = await Promise.all([firstView(found), open]);
    port.postMessage(stateOf(found, view, opened));
    await refresh(found, false);
  }

  /** Tenants without a tab leave memory after a while; their kept view serves the next visit. */
  function forgetIdle(): void {
    const before = now() - FORGET_MS;
    for (const channel of channels.values()) if (channel.ports.size > 0) cache.peek(channel.key);
    cache.forgetUnused(before);
  }

  browser.runtime.onConnect.addListener((port) => void onConnect(port).catch(() => port.disconnect()));
  browser.runtime.onMessage.addListener((message, sender, respond) => {
    if (!isExtensionPage(sender)) return undefined;
    const request = z.safeParse(PageRequest, message);
    if (!request.success) return undefined;
    void answer(request.data).then(respond, () => respond(undefined));
    return true;
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (connectionsChanged(changes) || 'adapters' in changes) {
      // New tokens or adapters: drop the channels and what they knew; content scripts reconnect to fresh ones.
      for (const channel of channels.values()) {
        channel.lifetime.abort();
        cache.forget(channel.key);
        for (const port of channel.ports) port.disconnect();
      }
      channels.clear();
    } else if ('settings' in changes) {
      // A new warning threshold: every tenant is prepared again with it, from a fresh answer.
      void readSettings().then((read) => {
        settings = read;
        for (const channel of channels.values()) {
          cache.forget(channel.key);
          void refresh(channel, true);
        }
      });
    }
  });
  setInterval(forgetIdle, FORGET_MS);
  // Whole replies kept by older versions would hold 10 MB and more of storage.local.
  void store.dropOldReplies().catch(() => undefined);
  // Customer adapters' content scripts, registered when the optional scripting permission is granted.
  watchCustomScripts();
  // Support agents' popup lookups and the "Check seats" context menu (agent/service.ts).
  startAgentService();
}

async function answer(request: PageRequest): Promise<TestResult | undefined> {
  if (request.type === 'register-adapters') return syncCustomScripts().then(() => undefined);
  try {
    const api = createSeatApi({
      baseUrl: request.baseUrl,
      token: request.token,
      signal: AbortSignal.timeout(30_000),
    });
    const result = await api.seats(request.tenant);
    if (result.status !== 'fresh') throw new Error('unexpected 304');
    const { policy } = result.data;
    return { ok: true, tenant: policy.tenant, name: policy.name, pools: policy.pools.length };
  } catch (error) {
    const failure = toSeatApiError(error);
    return { ok: false, code: failure.code, message: failure.message };
  }
}
