import { signal } from '@preact/signals';
import { type Lang, resolveLang } from '../../i18n';
import type { PopupState } from '../../view/popup';
import { createAgentChannel, type PopupPort } from '../shared/agent-channel';
import type { AgentReply, AgentRequest } from '../shared/agent-protocol';
import { createSearch } from './search';
import type { FirstLookup } from './start';
import { createTenantView } from './tenant';
import { realTimers, type Timers } from './timers';

const TICK_MS = 15_000;

export interface PopupDeps {
  /** `browser.runtime.connect` to the agent port. */
  connect(): PopupPort;
  copy(text: string): Promise<void>;
  download(name: string, text: string): void;
  openTab(url: string): Promise<void>;
  openOptions(): void;
  /** `navigator.language`, until the options' language is known. */
  browserLang: string;
  timers?: Timers;
  now?: () => number;
}

/**
 * The popup as signals: the tenant search and the picked tenant, both answered by the background over
 * one port. Dependencies come in as arguments, so it runs under test without a browser.
 */
export function createPopupModel(deps: PopupDeps) {
  const { timers = realTimers, now = Date.now } = deps;
  const lang = signal<Lang>(resolveLang([deps.browserLang]));
  const clock = signal(now());
  let lastId = 0;
  const channel = createAgentChannel(deps.connect, (reply: AgentReply) => {
    if (!search.receive(reply)) tenant.receive(reply);
  });
  const send = (request: AgentRequest) => {
    channel.send(request);
    return request.id;
  };
  const tenant = createTenantView({
    request: (name, adapter) =>
      send({ type: 'tenant', id: ++lastId, tenant: name, ...(adapter && { adapter }) }),
    copy: deps.copy,
    download: deps.download,
    openTab: deps.openTab,
    lang,
    now,
  });
  const search = createSearch({
    request: (q) => send({ type: 'search', id: ++lastId, q }),
    timers,
    open: (summary) => tenant.load(summary.id, { name: summary.name }),
  });
  const stopTick = timers.every(TICK_MS, () => {
    clock.value = now();
  });

  const state: PopupState = {
    lang,
    now: clock,
    search: search.state,
    tenant: tenant.state,
    openOptions: deps.openOptions,
  };
  return {
    ...state,
    /** The options' language once read; 'auto' keeps the browser's. */
    setLang(choice: Lang | 'auto'): void {
      if (choice !== 'auto') lang.value = choice;
    },
    begin(first: FirstLookup | null): void {
      if (first?.kind === 'search') search.state.input(first.q);
      if (first?.kind !== 'tenant') return;
      search.show(first.tenant);
      tenant.load(first.tenant, { adapter: first.adapter });
    },
    dispose(): void {
      stopTick();
      search.dispose();
      channel.close();
    },
  };
}

export type PopupModel = ReturnType<typeof createPopupModel>;
