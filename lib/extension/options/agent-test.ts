import * as z from 'zod/mini';
import type { PopupPort } from '../shared/agent-channel';
import type { AgentConnection } from '../shared/agent-config';
import { AgentReply } from '../shared/agent-protocol';

// Longer than the Seat API client's own 25 s deadline, so its answer comes first.
const NO_ANSWER_MS = 30_000;

/** Tries an agent connection through the background (which alone talks to the network); undefined without an answer. */
export function testAgent(
  connect: () => PopupPort,
  connection: AgentConnection,
): Promise<AgentReply | undefined> {
  return new Promise((resolve) => {
    let port: PopupPort | undefined;
    const done = (reply: AgentReply | undefined) => {
      clearTimeout(timer);
      port?.disconnect();
      resolve(reply);
    };
    const timer = setTimeout(() => done(undefined), NO_ANSWER_MS);
    try {
      port = connect();
      port.onMessage.addListener((message) => {
        const reply = z.safeParse(AgentReply, message);
        if (reply.success && reply.data.id === 0) done(reply.data);
      });
      port.onDisconnect.addListener(() => done(undefined));
      port.postMessage({ type: 'test', id: 0, ...connection });
    } catch {
      done(undefined);
    }
  });
}
