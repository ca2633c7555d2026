import { batch } from '@preact/signals';
import { render } from 'preact';
import { buildView } from '../lib/view/build';
import { emitError } from './events';
import { type Failure, failureOf } from './failure';
import { watchLevels } from './level-events';
import { startRefreshTimer } from './refresh-timer';
import { SeatUsage } from './SeatUsage';
import { type FactsRequest, loadFacts, requestKey, type TenantFacts } from './seat-store';
import type { Setup } from './setup';
import { createState, type WidgetState } from './state';

/** Answers this fresh are shared instead of asked for again (other elements, a tab coming back). */
const SHARED_MS = 30_000;

export interface Session {
  configure(setup: Setup): void;
  /** Asks the Seat API now, whatever the age of the data. */
  refresh(): void;
  /** Stops fetches, timers, listeners and effects, and empties the shadow root. */
  dispose(): void;
}

function show(state: WidgetState, facts: TenantFacts): void {
  const now = Date.now();
  batch(() => {
    state.prepared.value = facts.prepared;
    state.detail.value = undefined;
    state.view.value = buildView({ tenant: facts.prepared.policy.tenant, facts, now });
    state.now.value = now;
  });
}

// The last data stays on screen, marked out of date, when a refresh fails.
function fail(state: WidgetState, host: EventTarget, problem: Failure): void {
  batch(() => {
    const error = { code: problem.shown, message: problem.message };
    state.view.value = { ...state.view.value, status: 'error', error };
    state.detail.value = problem.shown === 'widget-setup' ? problem.message : undefined;
  });
  emitError(host, { code: problem.code, message: problem.message });
}

function showDisplay(state: WidgetState, { display }: Setup): void {
  batch(() => {
    state.lang.value = display.lang;
    state.variant.value = display.variant;
    state.whatIf.value = display.whatIf;
    state.label.value = display.label;
  });
}

/** What makes a new load necessary: another API, tenant or token, or another setup problem. */
function keyOf(setup: Setup): string {
  return setup.kind === 'ready' ? requestKey(setup.request) : `invalid:${setup.failure.message}`;
}

/** One connected lifetime of a <seat-usage>: its state, loads, events and refresh timer. */
export function startSession(host: HTMLElement, root: ShadowRoot): Session {
  const state = createState(host.getAttribute('tenant') ?? '');
  const levels = watchLevels(host, state.view);
  let request: FactsRequest | undefined;
  let key = '';
  let loading: AbortController | undefined;
  let lastAttempt = 0;

  const load = async (maxAgeMs: number) => {
    if (!request) return;
    loading?.abort();
    const controller = new AbortController();
    loading = controller;
    lastAttempt = Date.now();
    try {
      show(state, await loadFacts(request, { signal: controller.signal, maxAgeMs }));
    } catch (error) {
      if (!controller.signal.aborted) fail(state, host, failureOf(error));
    }
  };
  const refresh = () => {
    if (!request) return;
    state.view.value = { ...state.view.value, status: 'loading' };
    void load(0);
  };
  const stopTimer = startRefreshTimer(host.ownerDocument, {
    tick: () => {
      state.now.value = Date.now();
    },
    refresh: () => void load(SHARED_MS),
    lastAttempt: () => lastAttempt,
  });
  render(<SeatUsage state={state} onRefresh={refresh} />, root);

  let ignored: string | undefined;

  return {
    configure(setup) {
      showDisplay(state, setup);
      // Once per new problem: re-applying the same attributes (a tokenProvider set) says nothing again.
      if (setup.ignored && setup.ignored !== ignored)
        emitError(host, { code: 'attribute-ignored', message: setup.ignored });
      ignored = setup.ignored;
      const next = keyOf(setup);
      if (next === key) return;
      key = next;
      loading?.abort();
      levels.reset();
      request = setup.kind === 'ready' ? setup.request : undefined;
      batch(() => {
        state.prepared.value = undefined;
        state.view.value = { tenant: setup.display.tenant, status: 'loading' };
      });
      if (setup.kind === 'invalid') fail(state, host, setup.failure);
      else void load(SHARED_MS);
    },
    refresh,
    dispose() {
      loading?.abort();
      stopTimer();
      levels.stop();
      render(null, root);
    },
  };
}
