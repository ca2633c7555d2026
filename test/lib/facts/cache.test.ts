import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { SeatApiError, SeatsResponse, type SeatsResult } from '../../../lib/api';
import {
  type Facts,
  FactsCache,
  type FactsFetch,
  type FactsStore,
  QUIET_MS,
  SETTLING_MS,
} from '../../../lib/facts';
import { qics, qicsSnapshot } from '../rules/fixtures';

// What the client hands the cache: a body its SeatsResponse parsed.
const parsed = (snapshot: unknown) => z.parse(SeatsResponse, { policy: qics(), snapshot });
const DATA = parsed(qicsSnapshot(3));
const fresh = (etag = '"a"', data = DATA): SeatsResult => ({ status: 'fresh', data, etag });
const notModified = (etag = '"a"'): SeatsResult => ({ status: 'not-modified', etag });

function setup(store?: FactsStore) {
  let clock = 1_000_000;
  const cache = new FactsCache({ now: () => clock, ...(store && { store }) });
  return { cache, tick: (ms: number) => (clock += ms), now: () => clock };
}

const answers = (...results: (SeatsResult | Error)[]) =>
  vi.fn<FactsFetch>(async () => {
    const next = results.length > 1 ? results.shift() : results[0];
    if (next instanceof Error) throw next;
    return next as SeatsResult;
  });

const used = (facts: Facts) => facts.prepared.report({ now: '2026-11-22T09:00:00Z' }).pools[0]?.used;

describe('FactsCache', () => {
  it('many callers during one fetch cost one request and one prepare', async () => {
    const { cache } = setup();
    const fetch = answers(fresh());
    const loads = await Promise.all(
      Array.from({ length: 10 }, () => cache.load('k', fetch, { maxAgeMs: 60_000 })),
    );
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(new Set(loads.map((l) => l.facts.prepared)).size).toBe(1);
    expect(loads.every((l) => l.changed)).toBe(true);
  });

  it.each([
    ['missing', undefined, 0, true],
    ['young', 'load', 59_000, false],
    ['old', 'load', 60_000, true],
    ['from the future (a clock that ran ahead)', 'load', -1, true],
  ])('facts that are %s are stale: %s', async (_name, loaded, age, stale) => {
    const { cache, tick } = setup();
    if (loaded) await cache.load('k', answers(fresh()), { maxAgeMs: 0 });
    tick(age);
    expect(cache.isStale('k', 60_000)).toBe(stale);
  });

  it('answers from memory while fresh; a 304 keeps the prepared facts and says nothing changed', async () => {
    const { cache, tick, now } = setup();
    const fetch = answers(fresh('"v7"'), notModified('"v7"'));
    const first = await cache.load('k', fetch, { maxAgeMs: 60_000 });
    expect((await cache.load('k', fetch, { maxAgeMs: 60_000 })).changed).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(1);
    tick(61_000);
    const second = await cache.load('k', fetch, { maxAgeMs: 60_000 });
    expect(fetch.mock.calls[1]?.[0]).toBe('"v7"');
    expect(second).toMatchObject({ changed: false, facts: { etag: '"v7"', fetchedAt: now() } });
    expect(second.facts.prepared).toBe(first.facts.prepared);
  });

  it('keeps the last facts and records the error when a fetch fails; a later success clears it', async () => {
    const { cache } = setup();
    await cache.load('k', answers(fresh()), { maxAgeMs: 0 });
    const failure = new SeatApiError('unauthorized', 'token refused');
    await expect(cache.load('k', answers(failure), { maxAgeMs: 0 })).rejects.toMatchObject({
      code: 'unauthorized',
    });
    expect(cache.peek('k')).toMatchObject({ error: { code: 'unauthorized' } });
    expect(used(cache.peek('k').facts as Facts)).toBe(3);
    await cache.load('k', answers(fresh()), { maxAgeMs: 0 });
    expect(cache.peek('k').error).toBeUndefined();
  });

  it.each([
    ['a thrown TypeError', new TypeError('fetch failed'), 'network'],
    ['a user listed twice', fresh('"b"', parsed({ users: [{ id: 'u' }, { id: 'u' }] })), 'invalid-response'],
    ['a 304 to a first request', notModified(), 'invalid-response'],
  ])('%s is a typed error: %s', async (_name, answer, code) => {
    const { cache } = setup();
    await expect(cache.load('k', answers(answer), { maxAgeMs: 0 })).rejects.toMatchObject({ code });
    expect(cache.peek('k')).toMatchObject({ error: { code } });
  });

  it('a submitted form makes fresh facts stale while the vendor may still be writing, fetches or not', async () => {
    const { cache, tick } = setup();
    await cache.load('k', answers(fresh()), { maxAgeMs: 0 });
    cache.invalidate('k');
    expect(cache.isStale('k', 60_000)).toBe(true);
    const fetch = answers(notModified());
    await cache.load('k', fetch, { maxAgeMs: 60_000 });
    expect(cache.isStale('k', 60_000)).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
    tick(SETTLING_MS);
    expect(cache.isStale('k', 60_000)).toBe(false);
  });

  it('keeps 200s in the store and records a store failure apart from the Seat API', async () => {
    const saved: string[] = [];
    const ok: FactsStore = { save: async (key) => void saved.push(key) };
    const { cache } = setup(ok);
    await cache.load('k', answers(fresh(), notModified()), { maxAgeMs: 0 });
    await cache.load('k', answers(notModified()), { maxAgeMs: 0 });
    expect(saved).toEqual(['k']);
    const full: FactsStore = { save: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) };
    const failing = setup(full).cache;
    const loaded = await failing.load('k', answers(fresh()), { maxAgeMs: 0 });
    expect(used(loaded.facts)).toBe(3);
    expect(failing.peek('k')).toMatchObject({ storeError: { message: 'QUOTA_BYTES quota exceeded' } });
    expect(failing.peek('k').error).toBeUndefined();
  });

  it('cancels the request once every caller gave up, and a caller arriving next starts a new one', async () => {
    const { cache } = setup();
    let aborted = false;
    const fetch = vi.fn<FactsFetch>(
      (_etag, signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            reject(signal.reason);
          });
        }),
    );
    const a = new AbortController();
    const b = new AbortController();
    const waits = [a, b].map((c) =>
      cache.load('k', fetch, { maxAgeMs: 0, signal: c.signal }).catch(() => 'left'),
    );
    a.abort();
    expect(aborted).toBe(false);
    b.abort();
    expect(await Promise.all(waits)).toEqual(['left', 'left']);
    expect(aborted).toBe(true);
    await cache.load('k', answers(fresh()), { maxAgeMs: 0 });
    expect(cache.peek('k').error).toBeUndefined();
  });

  it('forgets tenants nobody asked about, or on request', async () => {
    const { cache, tick } = setup();
    await cache.load('k', answers(fresh()), { maxAgeMs: 0 });
    tick(5_000);
    cache.forgetUnused(1_000_000 + 1_000);
    expect(cache.peek('k')).toEqual({});
    await cache.load('k', answers(fresh()), { maxAgeMs: 0 });
    cache.forget('k');
    expect(cache.isStale('k', 60_000)).toBe(true);
  });

  // Issue 13: a 43 MB body was fetched again on every page load.
  it.each<[string, string, number, number, number]>([
    ['too-large, on the next page', 'too-large', 60_000, 60_000, 1],
    ['too-large, just before the quiet time ends', 'too-large', 60_000, QUIET_MS - 1, 1],
    ['too-large, once the quiet time ended', 'too-large', 60_000, QUIET_MS, 2],
    ['too-large, forced (a refresh asks anyway)', 'too-large', 0, 1_000, 2],
    ['network, on the next page', 'network', 60_000, 60_000, 2],
    ['invalid-response, on the next page', 'invalid-response', 60_000, 60_000, 2],
  ])('after %s the Seat API is asked again or not', async (_name, code, maxAgeMs, after, calls) => {
    const { cache, tick } = setup();
    const failure = new SeatApiError(code as SeatApiError['code'], code);
    const fetch = answers(failure);
    await expect(cache.load('k', fetch, { maxAgeMs: 60_000 })).rejects.toBe(failure);
    tick(after);
    await expect(cache.load('k', fetch, { maxAgeMs })).rejects.toMatchObject({ code });
    expect(fetch).toHaveBeenCalledTimes(calls);
    expect(cache.peek('k').error).toMatchObject({ code });
  });

  it('facts still fresh are answered from memory after a forced fetch was too large', async () => {
    const { cache } = setup();
    const fetch = answers(fresh(), new SeatApiError('too-large', 'big'));
    await cache.load('k', fetch, { maxAgeMs: 0 });
    await expect(cache.load('k', fetch, { maxAgeMs: 0 })).rejects.toMatchObject({ code: 'too-large' });
    await expect(cache.load('k', fetch, { maxAgeMs: 60_000 })).resolves.toMatchObject({ changed: false });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('a success after a too-large reply ends the quiet time', async () => {
    const { cache, tick } = setup();
    const fetch = answers(new SeatApiError('too-large', 'big'), fresh(), fresh());
    await expect(cache.load('k', fetch, { maxAgeMs: 60_000 })).rejects.toMatchObject({ code: 'too-large' });
    await cache.load('k', fetch, { maxAgeMs: 0 });
    tick(60_000);
    await expect(cache.load('k', fetch, { maxAgeMs: 60_000 })).resolves.toMatchObject({ changed: true });
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
