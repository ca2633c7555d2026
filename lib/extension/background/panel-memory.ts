import * as z from 'zod/mini';
import type { StorageArea } from './view-store';

/** Where the panel's open state of one host is kept: `panel:<adapter id>@<page origin>`. */
const PREFIX = 'panel:';

export interface PanelMemory {
  /** Whether the admin left the panel open on this host; closed when never told or unreadable. */
  read(adapterId: string, page: string): Promise<boolean>;
  remember(adapterId: string, page: string, open: boolean): Promise<void>;
}

/** The key for an adapter on a page's origin; null for a page without one (never stored). */
export function panelKey(adapterId: string, page: string): string | null {
  try {
    const { origin } = new URL(page);
    return origin === 'null' ? null : `${PREFIX}${adapterId}@${origin}`;
  } catch {
    return null;
  }
}

/**
 * The background remembers per host whether the panel is open: storage.local is for trusted contexts only,
 * so a content script asks with a `panel` intent (architecture.md, security rules).
 */
export function panelMemory(area: StorageArea): PanelMemory {
  return {
    async read(adapterId, page) {
      const key = panelKey(adapterId, page);
      if (!key) return false;
      const items: Record<string, unknown> = await area.get(key).catch(() => ({}));
      const parsed = z.safeParse(z.boolean(), items[key]);
      return parsed.success && parsed.data;
    },
    async remember(adapterId, page, open) {
      const key = panelKey(adapterId, page);
      if (!key) return;
      // Closed is the default: nothing kept for it.
      await (open ? area.set({ [key]: true }) : area.remove([key]));
    },
  };
}
