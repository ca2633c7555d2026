import { vi } from 'vitest';
import { createPopupModel, type PopupDeps } from '../../../../lib/extension/popup/model';
import type { Timers } from '../../../../lib/extension/popup/timers';
import type { PopupPort } from '../../../../lib/extension/shared/agent-channel';
import type { AgentReply, AgentRequest } from '../../../../lib/extension/shared/agent-protocol';

// Fakes for the popup's model: a port whose requests the test answers, and timers the test advances.

export interface FakePort extends PopupPort {
  sent: AgentRequest[];
  reply(message: AgentReply | unknown): void;
  drop(): void;
}

export function fakePort(): FakePort {
  const onMessage: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port: FakePort = {
    sent: [],
    postMessage: (message) => void port.sent.push(message),
    onMessage: { addListener: (listener) => void onMessage.push(listener) },
    onDisconnect: { addListener: (listener) => void onDisconnect.push(listener) },
    disconnect: vi.fn(),
    reply: (message) => {
      for (const listener of onMessage) listener(message);
    },
    drop: () => {
      for (const listener of onDisconnect) listener();
    },
  };
  return port;
}

/** Timers run by `advance`, in time order. */
export function manualTimers() {
  let clock = 0;
  let queue: { at: number; run: () => void; every?: number }[] = [];
  const cancel = (entry: (typeof queue)[number]) => () => {
    queue = queue.filter((e) => e !== entry);
  };
  const timers: Timers = {
    after(ms, run) {
      const entry = { at: clock + ms, run };
      queue.push(entry);
      return cancel(entry);
    },
    every(ms, run) {
      const entry = { at: clock + ms, run, every: ms };
      queue.push(entry);
      return cancel(entry);
    },
  };
  function advance(ms: number): void {
    const end = clock + ms;
    for (;;) {
      const next = queue.filter((e) => e.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      clock = next.at;
      if (next.every) next.at += next.every;
      else queue = queue.filter((e) => e !== next);
      next.run();
    }
    clock = end;
  }
  return { timers, advance, pending: () => queue.length };
}

/** A popup model over fake ports (one per connect), manual timers and spies. */
export function popupSetup(overrides: Partial<PopupDeps> = {}) {
  const ports: FakePort[] = [];
  const { timers, advance } = manualTimers();
  const spies = {
    connect: vi.fn(() => {
      const port = fakePort();
      ports.push(port);
      return port;
    }),
    copy: vi.fn(async (_text: string) => undefined),
    download: vi.fn((_name: string, _text: string) => undefined),
    openTab: vi.fn(async (_url: string) => undefined),
    openOptions: vi.fn(),
  };
  const deps: PopupDeps = {
    ...spies,
    browserLang: 'en-GB',
    timers,
    now: () => Date.parse('2026-11-22T09:00:00Z'),
    ...overrides,
  };
  const model = createPopupModel(deps);
  const port = () => {
    const last = ports.at(-1);
    if (!last) throw new Error('no port opened yet');
    return last;
  };
  return { model, deps: spies, ports, port, advance };
}
