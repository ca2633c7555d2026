import { computed, signal } from '@preact/signals';
import { type Browser, browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { type Decision, unchecked } from '../../guard';
import { resolveLang } from '../../i18n';
import type { ChangesInput } from '../../rules';
import type { GuardNote, SeatView } from '../../view/schema';
import { type ContentIntentInput, SEATS_PORT, type SeatState, ToContent } from '../shared/protocol';
import type { Lifetime } from './lifetime';
import { unreadable } from './unreadable';

/** Well inside the 30 s a service worker may idle: each message keeps it, and the facts it holds, alive. */
const KEEPALIVE_MS = 25_000;
const TICK_MS = 15_000;
/** How often a single-page app's URL is looked at. */
const LOCATION_MS = 1_000;
const RECONNECT_MS = [1_000, 5_000, 30_000];
/** A cold background may first fetch and prepare a large tenant; past this the fail mode decides. */
const CHECK_TIMEOUT_MS = 8_000;

export interface PendingDialog {
  decision: Exclude<Decision, { action: 'pass' }>;
  resume: () => void;
  cancel: () => void;
}

interface Check {
  message: ContentIntentInput;
  done: (decision: Decision) => void;
}

/**
 * One page's connection to the background: the state it last received as signals, the guard's questions
 * and their answers, and the port kept alive across service-worker restarts and SPA navigation. The page
 * receives what it renders, never the tenant's facts (architecture.md, data path).
 */
export function createSeatSession(ctx: Lifetime, doc: Document = document) {
  const state = signal<SeatState | null>(null);
  /** The error shown for a first state that could not be read, while no state is known. */
  const unread = signal<SeatView | null>(null);
  const note = signal<GuardNote | undefined>(undefined);
  const now = signal(Date.now());
  const dialog = signal<PendingDialog | null>(null);
  const collapsed = signal(false);
  /** The panel shown over the page; closed until the admin opens it, or the background says it was left open. */
  const open = signal(false);
  /** Set once the admin opened or closed the panel on this page: a remembered state arriving later loses. */
  let chosen = false;
  const checks = new Map<number, Check>();
  let port: Browser.runtime.Port | null = null;
  let failures = 0;
  let nextCheck = 0;

  const adapter = computed(() => state.value?.adapter ?? null);
  const lang = computed(
    () => state.value?.lang ?? resolveLang([doc.documentElement.lang, navigator.language]),
  );
  const view = computed<SeatView>(() => {
    const current = state.value?.view ?? unread.value ?? { tenant: '', status: 'loading' as const };
    return note.value ? { ...current, note: note.value } : current;
  });

  function send(intent: ContentIntentInput): void {
    try {
      port?.postMessage(intent);
    } catch {
      port = null;
    }
  }

  function receive(message: unknown): void {
    const parsed = z.safeParse(ToContent, message);
    if (!parsed.success) {
      onUnreadable(message);
      return;
    }
    failures = 0;
    if (parsed.data.type === 'state') {
      state.value = parsed.data;
      if (parsed.data.open !== undefined && !chosen) open.value = parsed.data.open;
      return;
    }
    const check = checks.get(parsed.data.id);
    checks.delete(parsed.data.id);
    check?.done(parsed.data.decision);
  }

  /** A message that fails its schema: the panel shows an error, the check it answers takes the fail mode. */
  function onUnreadable(message: unknown): void {
    const found = unreadable(message, state.peek());
    if ('check' in found) {
      const check = checks.get(found.check);
      checks.delete(found.check);
      check?.done(failMode('guard-error'));
    } else if (found.state) state.value = found.state;
    else unread.value = found.view;
  }

  function connect(): void {
    if (!ctx.isValid) return;
    port = browser.runtime.connect({ name: SEATS_PORT });
    port.onMessage.addListener(receive);
    port.onDisconnect.addListener(() => {
      port = null;
      // The service worker was stopped or the settings changed: come back, at once while a form waits.
      const wait =
        checks.size > 0 ? 0 : (RECONNECT_MS[Math.min(failures++, RECONNECT_MS.length - 1)] ?? 30_000);
      ctx.setTimeout(connect, wait);
    });
    // Questions asked while the port was down go out on the new one, and so does the admin's open or close.
    for (const check of checks.values()) send(check.message);
    if (chosen) send({ type: 'panel', open: open.value });
  }

  /** A new page of a single-page app: its tenant or adapter may differ; the last state guards until the new one. */
  function reconnect(): void {
    port?.disconnect();
    port = null;
    connect();
  }

  /** Unchecked by the adapter's fail mode; without an adapter yet, the form goes through. */
  function failMode(why: GuardNote): Decision {
    return unchecked(adapter.value ?? { failMode: 'open' }, why);
  }

  /** Asks the background what to do with a form's change(s); resolves by the fail mode if it cannot answer. */
  function check(changes: ChangesInput): Promise<Decision> {
    const id = nextCheck++;
    return new Promise((resolve) => {
      const timer = ctx.setTimeout(() => {
        checks.delete(id);
        resolve(failMode('guard-failed-open'));
      }, CHECK_TIMEOUT_MS);
      const done = (decision: Decision) => {
        clearTimeout(timer);
        resolve(decision);
      };
      const message: ContentIntentInput = { type: 'check', id, changes };
      checks.set(id, { message, done });
      if (port) send(message);
      else connect();
    });
  }

  connect();
  ctx.onInvalidated(() => port?.disconnect());
  ctx.setInterval(() => {
    now.value = Date.now();
  }, TICK_MS);
  ctx.setInterval(() => send({ type: 'refresh-if-stale' }), KEEPALIVE_MS);
  ctx.addEventListener(doc, 'visibilitychange', () => {
    if (doc.visibilityState === 'visible') send({ type: 'refresh-if-stale' });
  });
  // Our own look at the URL, not WXT's location event: a page can dispatch that one (issue 13).
  let href = location.href;
  ctx.setInterval(() => {
    if (location.href === href) return;
    href = location.href;
    reconnect();
  }, LOCATION_MS);

  return {
    state,
    adapter,
    lang,
    view,
    now,
    note,
    dialog,
    collapsed,
    open,
    check,
    failMode,
    refresh: () => send({ type: 'refresh' }),
    /** Opens or closes the panel, and asks the background to remember it for this host. */
    setOpen(next: boolean) {
      chosen = true;
      open.value = next;
      send({ type: 'panel', open: next });
    },
    submitted: () => send({ type: 'submitted' }),
  };
}

export type SeatSession = ReturnType<typeof createSeatSession>;
