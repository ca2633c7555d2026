import * as z from 'zod/mini';
import { AgentReply, type AgentRequest } from './agent-protocol';

/** The part of a runtime Port the popup uses, so tests can pass a fake. */
export interface PopupPort {
  postMessage(message: AgentRequest): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

const LOST = { code: 'no-answer', message: 'The seatguard background did not answer.' };

/**
 * The popup's port to the background, opened on first use. A service-worker restart drops the port:
 * requests still unanswered are sent once more on a new one, then reported lost.
 */
export function createAgentChannel(connect: () => PopupPort, onReply: (reply: AgentReply) => void) {
  let port: PopupPort | null = null;
  const pending = new Map<number, AgentRequest>();
  const resent = new Set<number>();

  function open(): PopupPort {
    const next = connect();
    next.onMessage.addListener((message) => {
      const reply = z.safeParse(AgentReply, message);
      if (!reply.success) return;
      pending.delete(reply.data.id);
      onReply(reply.data);
    });
    next.onDisconnect.addListener(() => {
      if (port === next) port = null;
      for (const request of [...pending.values()]) retry(request);
    });
    return next;
  }

  function retry(request: AgentRequest): void {
    if (!resent.has(request.id)) {
      resent.add(request.id);
      send(request);
      return;
    }
    pending.delete(request.id);
    onReply({ type: 'failed', id: request.id, error: LOST });
  }

  function send(request: AgentRequest): void {
    // The background aborts an older request of the same kind, which then never answers.
    for (const [id, older] of pending)
      if (older.type === request.type && id !== request.id) pending.delete(id);
    pending.set(request.id, request);
    try {
      port ??= open();
      port.postMessage(request);
    } catch {
      port = null;
      retry(request);
    }
  }

  return {
    send,
    close(): void {
      pending.clear();
      port?.disconnect();
      port = null;
    },
  };
}

export type AgentChannel = ReturnType<typeof createAgentChannel>;
