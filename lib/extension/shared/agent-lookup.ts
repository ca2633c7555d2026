import { storage } from 'wxt/utils/storage';
import { MAX_QUERY } from './agent-protocol';

/** Text picked with the context menu, waiting for the popup to open and search it. */
export const pendingLookupItem = storage.defineItem<unknown>('session:pendingLookup', { fallback: null });

/** Selected text as a search: trimmed, spaces folded, at most the API's 100 characters; null when empty. */
export function lookupOf(selection: unknown): string | null {
  if (typeof selection !== 'string') return null;
  const text = selection.trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY);
  // A cut inside an emoji would leave half a surrogate pair.
  return text.replace(/[\uD800-\uDBFF]$/, '') || null;
}

/** Reads and clears the pending lookup, so that it is searched once. */
export async function takePendingLookup(): Promise<string | null> {
  const value = await pendingLookupItem.getValue();
  if (value !== null) await pendingLookupItem.removeValue();
  return lookupOf(value);
}
