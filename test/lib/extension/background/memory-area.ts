import type { StorageArea } from '../../../../lib/extension/background/view-store';

/** A storage area in memory, as `storage.local` answers; `items` shows what it holds. */
export function memoryArea(
  initial: Record<string, unknown> = {},
): StorageArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = { ...initial };
  return {
    items,
    get: async (keys) => (keys === null ? { ...items } : keys in items ? { [keys]: items[keys] } : {}),
    set: async (set) => void Object.assign(items, set),
    remove: async (keys) => {
      for (const key of keys) delete items[key];
    },
  };
}
