import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { HostConnection, tokenVault } from './config';
import { entryCodec, tokenItem } from './token-split';

/**
 * A support agent's Seat API: base URL and agent token (it reads every tenant and may search). Like the
 * hosts' tokens it is read only by the background and the options page, never sent to a content script.
 */
export const AgentConnection = HostConnection;
export type AgentConnection = z.output<typeof AgentConnection>;

/** Its base URL in storage.local, its token in the vault (`agent`), like the hosts' connections. */
export const agentItem = tokenItem(
  storage.defineItem<unknown>('local:agent', { fallback: null }),
  tokenVault,
  entryCodec('agent'),
);

/** The stored agent connection, or null when none is set or it no longer parses. */
export function agentOf(value: unknown): AgentConnection | null {
  return z.safeParse(AgentConnection, value).data ?? null;
}

export async function readAgent(): Promise<AgentConnection | null> {
  return agentOf(await agentItem.getValue());
}
