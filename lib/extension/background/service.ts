import { type Browser, browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { createSeatApi, toSeatApiError } from '../../api';
import { builtInAdapters, type HostAdapter, pageTenant, raiseHref } from '../../hosts';
import { readConnections, readCustomAdapters, readSettings } from '../shared/config';
import { ContentIntent, PageRequest, SEATS_PORT, type SeatState, type TestResult } from '../shared/protocol';
import { startAgentService } from './agent/service';
import { syncCustomScripts, watchCustomScripts } from './custom-scripts';
import { type CacheStore, SeatCache } from './seat-cache';
import { unconfiguredView, viewOf, withSettings } from './view';

type Port = Browser.runtime.Port;
type Sender = Browser.runtime.MessageSender;

/** One tenant at one Seat API as seen by the ports of its tabs. */
interface Channel {
  key: string;
  adapter: HostAdapter;
  tenant: string;
  raiseHref: string | undefined;
  fetch: (etag: string | undefined) => ReturnType<ReturnType<typeof createSeatApi>['seats']>;
  ports: Set<Port>;
  /** Aborts the channel's requests when its connection settings change. */
  lifetime: AbortController;
}

export interface BackgroundOptions {
  store: CacheStore;
  now?: () => number;
  /** Seat data younger than this is not fetched again. */
  freshMs?: number;
}

/** Only the top frame of a tab of a known host may ask for seats (architecture.md, security rules). */
function pageOf(sender: Sender | undefined): string | null {
  if (!sender?.tab || sender.frameId !== 0 || sender.id !== browser.runtime.id || !sender.url) return null;
  return sender.url;
}

function isExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

export function startBackground({ store, now = Date.now, freshMs = 60_000 }: BackgroundOptions) {
  const cache = new SeatCache(store, now, freshMs);
  const channels = new Map<string, Channel>();

  /** The page's tenant, and its channel once the host has a Seat API connection configured. */
  async function channelFor(url: string) {
    // Read together: every storage round trip delays the panel's first paint.
    const [custom, connections] = await Promise.all([readCustomAdapters(), readConnections()]);
    const page = pageTenant([...custom, ...builtInAdapters], url);
    if (!page) return null;
    const connection = connections[page.adapter.id];
    if (!connection) return { ...page, channel: null };
    const key = `${connection.baseUrl}|${page.tenant}`;
    const existing = channels.get(key);
    if (existing) return { ...page, channel: existing };
    const lifetime = new AbortController();
    const api = createSeatApi({
      baseUrl: connection.baseUrl,
      token: connection.token,
      signal: lifetime.signal,
    });
    const channel: Channel = {
      key,
      ...page,
      raiseHref: raiseHref(page.adapter, page.tenant, url),
      fetch: (etag) => api.seats(page.tenant, etag === undefined ? {} : { etag }),
      ports: new Set(),
      lifetime,
    };
    channels.set(key, channel);
    return { ...page, channel };
  }

  async function stateOf(channel: Channel): Promise<SeatState> {
    const [state, settings] = await Promise.all([cache.read(channel.key), readSettings()]);
    const lang = settings.lang === 'auto' ? undefined : settings.lang;
    return {
      type: 'state',
      adapter: channel.adapter,
      ...(lang && { lang }),
      ...(channel.raiseHref && { raiseHref: channel.raiseHref }),
      view: viewOf(channel.tenant, state, settings, now()),
      ...(state.entry && { facts: withSettings(state.entry.data, settings) }),
    };
  }

  async function broadcast(channel: Channel, only?: Port): Promise<void> {
    const message = await stateOf(channel);
    for (const port of only ? [only] : channel.ports) port.postMessage(message);
  }

  async function refresh(channel: Channel, force: boolean): Promise<void> {
    const { entry } = await cache.read(channel.key);
    if (!force && !cache.isStale(channel.key, entry)) return;
    await cache.revalidate(channel);
    await broadcast(channel);
  }

  async function onIntent(channel: Channel, message: unknown): Promise<void> {
    const intent = z.safeParse(ContentIntent, message);
    if (!intent.success) return;
    if (intent.data.type === 'submitted') cache.invalidate(channel.key);
    else await refresh(channel, intent.data.type === 'refresh');
  }

  async function onConnect(port: Port): Promise<void> {
    if (port.name !== SEATS_PORT) return;
    const url = pageOf(port.sender);
    const page = url ? await channelFor(url) : null;
    if (!page) return port.disconnect();
    const found = page.channel;
    if (!found) {
      port.postMessage({
        type: 'state',
        adapter: page.adapter,
        view: unconfiguredView(page.tenant),
      } satisfies SeatState);
      return;
    }
    found.ports.add(port);
    port.onDisconnect.addListener(() => found.ports.delete(port));
    port.onMessage.addListener((message) => void onIntent(found, message).catch(() => undefined));
    await broadcast(found, port);
    await refresh(found, false);
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
    if ('connections' in changes || 'adapters' in changes) {
      // New tokens or adapters: drop the channels; content scripts reconnect and get fresh ones.
      for (const channel of channels.values()) {
        channel.lifetime.abort();
        for (const port of channel.ports) port.disconnect();
      }
      channels.clear();
      cache.forgetErrors();
    } else if ('settings' in changes) {
      for (const channel of channels.values()) void broadcast(channel).catch(() => undefined);
    }
  });
  // Customer adapters' content scripts, registered when the optional scripting permission is granted.
  watchCustomScripts();
  // Support agents' popup lookups and the "Check seats" context menu (agent-service.ts).
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
