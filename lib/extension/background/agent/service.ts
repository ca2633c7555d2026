import { type Browser, browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { createSeatApi } from '../../../api';
import { builtInAdapters } from '../../../hosts';
import { readAgent } from '../../shared/agent-config';
import { AGENT_PORT, type AgentReply, AgentRequest } from '../../shared/agent-protocol';
import { readConnections, readCustomAdapters, readSettings } from '../../shared/config';
import { type AgentDeps, answer } from './answers';
import { startLookupMenu } from './menu';

/** The part of a runtime Port the service uses. */
export interface AgentPort {
  postMessage(message: AgentReply): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * Serves one popup or options page: a newer request of a kind aborts the older one still running (a search
 * per keystroke costs one live request), and closing the port aborts everything.
 */
export function serveAgentPort(port: AgentPort, deps: AgentDeps): void {
  const lifetime = new AbortController();
  const running = new Map<AgentRequest['type'], AbortController>();
  port.onDisconnect.addListener(() => {
    lifetime.abort();
    for (const request of running.values()) request.abort();
  });
  port.onMessage.addListener((message) => {
    const request = z.safeParse(AgentRequest, message);
    if (!request.success) return;
    running.get(request.data.type)?.abort();
    const mine = new AbortController();
    running.set(request.data.type, mine);
    const signals = { lifetime: lifetime.signal, request: mine.signal };
    void answer(request.data, deps, signals)
      .then((reply) => {
        if (reply && !mine.signal.aborted && !lifetime.signal.aborted) port.postMessage(reply);
      })
      .catch(() => undefined);
  });
}

/** Only the extension's own pages (popup, options) may ask: never a content script (architecture.md). */
function fromExtensionPage(sender: Browser.runtime.MessageSender | undefined): boolean {
  return sender?.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

const deps: AgentDeps = {
  agent: readAgent,
  connections: readConnections,
  settings: readSettings,
  adapters: async () => [...(await readCustomAdapters()), ...builtInAdapters],
  api: createSeatApi,
  now: Date.now,
};

/** Support agents' tenant lookups for the popup, and the "Check seats" context menu. */
export function startAgentService(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === AGENT_PORT && fromExtensionPage(port.sender)) serveAgentPort(port, deps);
  });
  startLookupMenu();
}
