import * as z from 'zod/mini';
import type { Facts, FactsStore } from '../../facts';
import { buildView } from '../../view/build';
import { SeatView } from '../../view/schema';

/** Where a view is kept: `view:<Seat API base>|<tenant>`. Replies were once kept whole, as `cache:…`. */
const PREFIX = 'view:';
const OLD_PREFIX = 'cache:';

/** The part of a storage area the store uses (browser.storage.local), so tests pass a fake. */
export interface StorageArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** What a cold start paints first: the last view of a tenant, a few kB at any size. */
const SavedView = z.object({ view: SeatView });

export interface ViewStore extends FactsStore {
  /** The view kept for a tenant at the last successful fetch, or undefined. */
  read(key: string): Promise<z.output<typeof SeatView> | undefined>;
  /** Removes what older versions kept: whole Seat API replies, 10 MB and more at 100k users. */
  dropOldReplies(): Promise<void>;
}

/** Keeps the panel's view per tenant for a restarted service worker; never the facts themselves. */
export function viewStore(area: StorageArea, now: () => number = Date.now): ViewStore {
  return {
    async save(key: string, facts: Facts) {
      const view = buildView({ tenant: facts.prepared.policy.tenant, facts, now: now() });
      await area.set({ [PREFIX + key]: { view } });
    },
    async read(key) {
      const name = PREFIX + key;
      const parsed = z.safeParse(SavedView, (await area.get(name))[name]);
      return parsed.success ? parsed.data.view : undefined;
    },
    async dropOldReplies() {
      const old = Object.keys(await area.get(null)).filter((name) => name.startsWith(OLD_PREFIX));
      if (old.length) await area.remove(old);
    },
  };
}
