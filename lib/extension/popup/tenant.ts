import { computed, type ReadonlySignal, signal } from '@preact/signals';
import type { Lang } from '../../i18n';
import type { Notice } from '../../view/options';
import type { TenantState } from '../../view/popup';
import type { SeatView } from '../../view/schema';
import type { AgentReply } from '../shared/agent-protocol';
import { thrownText } from '../shared/thrown';
import { csvFileName, holdersCsv } from './csv';
import { summaryText } from './summary';

type TenantReply = Extract<AgentReply, { type: 'tenant' }>;

export interface TenantDeps {
  /** Asks for a tenant's seats; returns the request id its reply will carry. */
  request(tenant: string, adapter?: string): number;
  copy(text: string): Promise<void>;
  download(name: string, text: string): void;
  openTab(url: string): Promise<void>;
  lang: ReadonlySignal<Lang>;
  now(): number;
}

interface Shown {
  id: number;
  tenant: string;
  /** The tenant's name from the search result, for a view whose reply names none (loading, errors). */
  name?: string;
  reply?: TenantReply;
}

/** The failed reply of a lost request as the panel's error state. */
function lostView(tenant: string, reply: Extract<AgentReply, { type: 'failed' }>): TenantReply {
  return { type: 'tenant', id: reply.id, view: { tenant, status: 'error', error: reply.error } };
}

/** The picked tenant: its seats as the panel's view, and copy, export and open-admin on them. */
export function createTenantView(deps: TenantDeps) {
  const shown = signal<Shown | null>(null);
  const notice = signal<Notice | null>(null);
  const facts = computed(() => shown.value?.reply?.facts);
  const view = computed<SeatView | null>(() => {
    const current = shown.value;
    if (!current) return null;
    const seen = current.reply?.view ?? { tenant: current.tenant, status: 'loading' };
    // The panel's title names the tenant, not its id, whenever the agent saw its name.
    return seen.name === undefined && current.name !== undefined ? { ...seen, name: current.name } : seen;
  });

  function load(tenant: string, opts: { adapter?: string | undefined; name?: string } = {}): void {
    const id = deps.request(tenant, opts.adapter);
    shown.value = { id, tenant, ...(opts.name !== undefined && { name: opts.name }) };
    notice.value = null;
  }

  /** Takes the reply to the latest load; false when it is not one. */
  function receive(reply: AgentReply): boolean {
    const current = shown.value;
    if (!current || reply.id !== current.id) return false;
    if (reply.type === 'tenant') shown.value = { ...current, reply };
    else if (reply.type === 'failed') shown.value = { ...current, reply: lostView(current.tenant, reply) };
    return true;
  }

  async function copySummary(): Promise<void> {
    const current = view.value;
    if (!current?.report) return;
    const text = summaryText(current.name ?? current.tenant, current.report, deps.lang.value, current.prices);
    try {
      await deps.copy(text);
      notice.value = { tone: 'ok', key: 'popup.copied' };
    } catch (error) {
      notice.value = { tone: 'error', key: 'popup.copy-failed', params: { detail: thrownText(error) } };
    }
  }

  function exportCsv(): void {
    const data = facts.value;
    if (!data) return;
    const file = csvFileName(data.policy.tenant, new Date(deps.now()));
    try {
      deps.download(file, holdersCsv(data, deps.lang.value));
      notice.value = { tone: 'ok', key: 'popup.exported', params: { file } };
    } catch (error) {
      notice.value = { tone: 'error', key: 'popup.export-failed', params: { detail: thrownText(error) } };
    }
  }

  const adminHref = computed(() => shown.value?.reply?.adminHref);
  const state: TenantState = {
    view,
    ready: computed(() => view.value?.report !== undefined && facts.value !== undefined),
    adminHref,
    notice,
    copySummary,
    exportCsv,
    openAdmin: async () => {
      const href = adminHref.value;
      if (href) await deps.openTab(href);
    },
  };
  return { state, load, receive };
}
