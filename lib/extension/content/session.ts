import { computed, signal } from '@preact/signals';
import { type Browser, browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import * as z from 'zod/mini';
import type { Decision, GuardData, GuardNote } from '../../guard';
import { resolveLang } from '../../i18n';
import { prepareTenant } from '../../rules';
import type { SeatView } from '../../view/schema';
import { type ContentIntent, SEATS_PORT, SeatState } from '../shared/protocol';

const REFRESH_MS = 60_000;
const TICK_MS = 15_000;
const RECONNECT_MS = [1_000, 5_000, 30_000];

export interface PendingDialog {
  decision: Exclude<Decision, { action: 'pass' }>;
  resume: () => void;
  cancel: () => void;
}

/**
 * One page's connection to the background: the state it last received as signals, the prepared tenant
 * for the guard, and the port kept alive across service-worker restarts and SPA navigation.
 */
export function createSeatSession(ctx: ContentScriptContext, doc: Document = document) {
  const state = signal<SeatState | null>(null);
  const note = signal<GuardNote | undefined>(undefined);
  const now = signal(Date.now());
  const dialog = signal<PendingDialog | null>(null);
  const collapsed = signal(false);
  let port: Browser.runtime.Port | null = null;
  let failures = 0;

  const adapter = computed(() => state.value?.adapter ?? null);
  const lang = computed(
    () => state.value?.lang ?? resolveLang([doc.documentElement.lang, navigator.language]),
  );
  const view = computed<SeatView>(() => {
    const current = state.value?.view ?? { tenant: '', status: 'loading' as const };
    return note.value ? { ...current, note: note.value } : current;
  });
  // Prepared once per snapshot, so a submit is checked in well under a millisecond.
  const guardData = computed<GuardData | null>(() => {
    const current = state.value;
    if (!current?.facts || current.view.fetchedAt === undefined) return null;
    try {
      return {
        prepared: prepareTenant(current.facts.policy, current.facts.snapshot),
        fetchedAt: current.view.fetchedAt,
      };
    } catch {
      return null;
    }
  });

  function send(intent: ContentIntent): void {
    try {
      port?.postMessage(intent);
    } catch {
      port = null;
    }
  }

  function connect(): void {
    if (!ctx.isValid) return;
    port = browser.runtime.connect({ name: SEATS_PORT });
    port.onMessage.addListener((message) => {
      const parsed = z.safeParse(SeatState, message);
      if (!parsed.success) return;
      failures = 0;
      state.value = parsed.data;
    });
    port.onDisconnect.addListener(() => {
      port = null;
      // The service worker was stopped or the settings changed: come back, more slowly each time.
      const wait = RECONNECT_MS[Math.min(failures++, RECONNECT_MS.length - 1)];
      ctx.setTimeout(connect, wait);
    });
  }

  function reconnect(): void {
    port?.disconnect();
    port = null;
    state.value = null;
    connect();
  }

  connect();
  ctx.onInvalidated(() => port?.disconnect());
  ctx.setInterval(() => {
    now.value = Date.now();
  }, TICK_MS);
  ctx.setInterval(() => send({ type: 'refresh-if-stale' }), REFRESH_MS);
  ctx.addEventListener(doc, 'visibilitychange', () => {
    if (doc.visibilityState === 'visible') send({ type: 'refresh-if-stale' });
  });
  ctx.addEventListener(window, 'wxt:locationchange', reconnect);

  return {
    state,
    adapter,
    lang,
    view,
    now,
    note,
    dialog,
    collapsed,
    guardData,
    refresh: () => send({ type: 'refresh' }),
    submitted: () => send({ type: 'submitted' }),
  };
}

export type SeatSession = ReturnType<typeof createSeatSession>;
