import { batch, computed, signal } from '@preact/signals';
import type { TenantSummary } from '../../api/schemas';
import type { SearchState, SearchStatus } from '../../view/popup';
import { type AgentReply, MAX_QUERY } from '../shared/agent-protocol';
import type { Timers } from './timers';

/** Answers as you type without a request per keystroke. */
export const DEBOUNCE_MS = 200;

export interface SearchDeps {
  /** Sends a search; returns the request id its reply will carry. */
  request(q: string): number;
  timers: Timers;
  /** Opens the picked tenant. */
  open(tenant: TenantSummary): void;
}

/**
 * The search box as signals: debounced requests, only the latest request's reply counts, and the
 * combobox keys (APG list autocomplete with automatic selection: the first match is highlighted, so
 * Enter picks it; arrows move, wrapping; Escape closes the list, then clears the box).
 */
export function createSearch(deps: SearchDeps) {
  const query = signal('');
  const results = signal<readonly TenantSummary[]>([]);
  const active = signal(-1);
  const listOpen = signal(false);
  const status = signal<SearchStatus>('idle');
  const failure = signal<string | null>(null);
  let cancelWait = () => {};
  let latest = -1;

  function reset(next: SearchStatus): void {
    latest = -1;
    batch(() => {
      results.value = [];
      active.value = -1;
      listOpen.value = false;
      status.value = next;
      failure.value = null;
    });
  }

  function input(text: string): void {
    query.value = text;
    cancelWait();
    const q = text.trim().slice(0, MAX_QUERY);
    if (!q) {
      reset('idle');
      return;
    }
    status.value = 'searching';
    cancelWait = deps.timers.after(DEBOUNCE_MS, () => {
      latest = deps.request(q);
    });
  }

  /** Takes a reply to the latest search; false when it is not one (another kind, or stale). */
  function receive(reply: AgentReply): boolean {
    if (reply.id !== latest || (reply.type !== 'results' && reply.type !== 'failed')) return false;
    batch(() => {
      results.value = reply.type === 'results' ? reply.tenants : [];
      active.value = reply.type === 'results' && reply.tenants.length > 0 ? 0 : -1;
      listOpen.value = true;
      status.value = reply.type === 'results' ? 'done' : 'failed';
      failure.value = reply.type === 'failed' ? reply.error.code : null;
    });
    return true;
  }

  function move(step: 1 | -1): void {
    const count = results.value.length;
    if (count === 0) return;
    if (!listOpen.value) listOpen.value = true;
    else active.value = (active.value + step + count) % count;
    if (active.value < 0) active.value = step === 1 ? 0 : count - 1;
  }

  function pick(index: number): void {
    const tenant = results.value[index];
    if (!tenant) return;
    // As the APG combobox does: the box takes the picked option's text, without a new search.
    cancelWait();
    batch(() => {
      query.value = tenant.name;
      active.value = index;
      listOpen.value = false;
    });
    deps.open(tenant);
  }

  function closeOrClear(): boolean {
    if (listOpen.value && results.value.length > 0) listOpen.value = false;
    else if (query.value) input('');
    else return false;
    return true;
  }

  function key(name: string): boolean {
    const expanded = listOpen.value && results.value.length > 0;
    if (name === 'ArrowDown' || name === 'ArrowUp') move(name === 'ArrowDown' ? 1 : -1);
    else if (name === 'Enter' && expanded && active.value >= 0) pick(active.value);
    else if (name === 'Escape') return closeOrClear();
    else return false;
    return true;
  }

  /** Shows a tenant id in the box without searching, for a tenant opened from the current tab. */
  function show(text: string): void {
    cancelWait();
    reset('idle');
    query.value = text;
  }

  const state: SearchState = {
    query,
    results,
    active,
    expanded: computed(() => listOpen.value && results.value.length > 0),
    status,
    failure,
    input,
    key,
    pick,
    close: () => {
      listOpen.value = false;
    },
  };
  return { state, receive, show, dispose: () => cancelWait() };
}
