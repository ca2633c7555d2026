import { agentItem } from '../shared/agent-config';
import { connectionsItem } from '../shared/config';
import { onlyMovedTokens, type TokenItem } from '../shared/token-split';

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** Whether the stored connections changed for the background: not when their tokens only moved into the vault. */
export function connectionsChanged(changes: Changes): boolean {
  const change = changes.connections;
  return change !== undefined && !onlyMovedTokens(change.oldValue, change.newValue);
}

/**
 * Moves the tokens older versions kept in storage.local into the vault, once, as the background starts: before
 * anything else writes there (a move racing a save could undo it). Never rejects.
 */
export async function moveStoredTokens(
  items: readonly TokenItem[] = [connectionsItem, agentItem],
): Promise<void> {
  for (const item of items) await item.migrate().catch(() => undefined);
}
