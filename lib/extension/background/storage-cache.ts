import { browser } from 'wxt/browser';
import type { CacheStore } from './seat-cache';

const PREFIX = 'cache:';

/** Seat data in storage.local, so a restarted service worker and every tab start warm. */
export const storageCacheStore: CacheStore = {
  async get(key) {
    const name = PREFIX + key;
    return (await browser.storage.local.get(name))[name];
  },
  async set(key, entry) {
    await browser.storage.local.set({ [PREFIX + key]: entry });
  },
};
