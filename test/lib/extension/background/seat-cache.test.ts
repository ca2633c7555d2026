import { describe, expect, it, vi } from 'vitest';
import { SeatApiError, type SeatsResult } from '../../../../lib/api';
import { type CacheEntry, type CacheStore, SeatCache } from '../../../../lib/extension/background/seat-cache';
import { qics, qicsSnapshot } from '../../rules/fixtures';

const DATA = { policy: qics(), snapshot: qicsSnapshot(3) } as CacheEntry['data'];

function memoryStore(initial?: CacheEntry): CacheStore & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>(initial ? [['k', initial]] : []);
  return {
    entries,
    get: async (key) => entries.get(key),
    set: async (key, entry) => void entries.set(key, entry),
  };
}

function setup(initial?: CacheEntry, freshMs = 60_000) {
  let clock = 1_000_000;
  const store = memoryStore(initial);
  const cache = new SeatCache(store, () => clock, freshMs);
  return { cache, store, tick: (ms: number) => (clock += ms), now: () => clock };
}

const fresh = (etag = '"a"'): SeatsResult => ({ status: 'fresh', data: DATA, etag });

describe('SeatCache', () => {
  it('many callers during one fetch cost one request', async () => {
    const { cache } = setup();
    const fetch = vi.fn(async () => fresh());
    const results = await Promise.all(
      Array.from({ length: 10 }, () => cache.revalidate({ key: 'k', fetch })),
    );
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(results.every((r) => r.entry?.etag === '"a"')).toBe(true);
  });

  it.each([
    ['missing', undefined, 0, true],
    ['young', { data: DATA, etag: null, fetchedAt: 1_000_000 }, 59_000, false],
    ['old', { data: DATA, etag: null, fetchedAt: 1_000_000 }, 60_000, true],
  ])('an entry that is %s is stale: %s', async (_name, initial, age, stale) => {
    const { cache, tick } = setup(initial as CacheEntry | undefined);
    tick(age);
    const { entry } = await cache.read('k');
    expect(cache.isStale('k', entry)).toBe(stale);
  });

  it('revalidates with the ETag and keeps the data on 304', async () => {
    const { cache, tick, now } = setup({ data: DATA, etag: '"a"', fetchedAt: 1_000_000 });
    tick(120_000);
    const fetch = vi.fn(
      async (etag: string | undefined): Promise<SeatsResult> => ({
        status: 'not-modified',
        etag: etag ?? '',
      }),
    );
    const { entry, error } = await cache.revalidate({ key: 'k', fetch });
    expect(fetch).toHaveBeenCalledWith('"a"');
    expect(entry).toMatchObject({ data: DATA, etag: '"a"', fetchedAt: now() });
    expect(error).toBeNull();
  });

  it('keeps the stale entry and reports the error when a fetch fails', async () => {
    const { cache } = setup({ data: DATA, etag: null, fetchedAt: 5 });
    const failure = new SeatApiError('unauthorized', 'token refused');
    const { entry, error } = await cache.revalidate({ key: 'k', fetch: async () => Promise.reject(failure) });
    expect(entry?.fetchedAt).toBe(5);
    expect(error?.code).toBe('unauthorized');
    expect((await cache.read('k')).error?.code).toBe('unauthorized');
  });

  it('a later success clears the error', async () => {
    const { cache } = setup();
    await cache.revalidate({ key: 'k', fetch: async () => Promise.reject(new Error('offline')) });
    expect((await cache.read('k')).error?.code).toBe('network');
    await cache.revalidate({ key: 'k', fetch: async () => fresh() });
    expect((await cache.read('k')).error).toBeNull();
  });

  it('a submitted form marks fresh data stale until the next fetch', async () => {
    const { cache } = setup({ data: DATA, etag: null, fetchedAt: 1_000_000 });
    cache.invalidate('k');
    expect(cache.isStale('k', (await cache.read('k')).entry)).toBe(true);
    await cache.revalidate({ key: 'k', fetch: async () => fresh() });
    expect(cache.isStale('k', (await cache.read('k')).entry)).toBe(false);
  });

  it('a corrupt stored entry reads as missing', async () => {
    const { cache, store } = setup();
    store.entries.set('k', { data: 'nonsense' });
    expect((await cache.read('k')).entry).toBeNull();
  });
});
