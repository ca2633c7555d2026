import * as z from 'zod/mini';
import { type SeatApiError, SeatsResponse, type SeatsResult, toSeatApiError } from '../../api';

export const CacheEntry = z.object({
  data: SeatsResponse,
  etag: z.nullable(z.string()),
  /** Epoch ms of the last successful fetch or revalidation. */
  fetchedAt: z.number(),
});
export type CacheEntry = z.output<typeof CacheEntry>;

export interface CacheStore {
  get(key: string): Promise<unknown>;
  set(key: string, entry: CacheEntry): Promise<void>;
}

/** One tenant at one Seat API: what to fetch and how. */
export interface CacheTarget {
  key: string;
  fetch(etag: string | undefined): Promise<SeatsResult>;
}

export interface CacheState {
  entry: CacheEntry | null;
  error: SeatApiError | null;
}

/**
 * Stale-while-revalidate seat data with in-flight dedup: any number of tabs of one tenant cost one
 * request per refresh. Entries persist in extension storage so a restarted service worker starts warm.
 */
export class SeatCache {
  private readonly inflight = new Map<string, Promise<CacheState>>();
  private readonly errors = new Map<string, SeatApiError>();
  private readonly dirty = new Set<string>();

  constructor(
    private readonly store: CacheStore,
    private readonly now: () => number,
    /** Data younger than this is served without asking the Seat API. */
    private readonly freshMs: number,
  ) {}

  async read(key: string): Promise<CacheState> {
    const parsed = z.safeParse(CacheEntry, await this.store.get(key));
    return { entry: parsed.success ? parsed.data : null, error: this.errors.get(key) ?? null };
  }

  /** Whether the data should be fetched again: missing, old, or marked by a submitted form. */
  isStale(key: string, entry: CacheEntry | null): boolean {
    return !entry || this.dirty.has(key) || this.now() - entry.fetchedAt >= this.freshMs;
  }

  /** Forgets the last errors, e.g. once new connection settings make them moot (a fixed token). */
  forgetErrors(): void {
    this.errors.clear();
  }

  /** Marks a tenant's data as outdated, e.g. after a guarded form was submitted. */
  invalidate(key: string): void {
    this.dirty.add(key);
  }

  /** Fetches (revalidating with the ETag) unless a fetch for the same key is already under way. */
  revalidate(target: CacheTarget): Promise<CacheState> {
    const running = this.inflight.get(target.key);
    if (running) return running;
    const run = this.fetchInto(target).finally(() => this.inflight.delete(target.key));
    this.inflight.set(target.key, run);
    return run;
  }

  private async fetchInto(target: CacheTarget): Promise<CacheState> {
    const { entry } = await this.read(target.key);
    this.dirty.delete(target.key);
    try {
      const result = await target.fetch(entry?.etag ?? undefined);
      const fetchedAt = this.now();
      const next: CacheEntry | null =
        result.status === 'fresh'
          ? { data: result.data, etag: result.etag, fetchedAt }
          : entry && { ...entry, etag: result.etag, fetchedAt };
      if (!next) throw new Error('304 without cached data');
      await this.store.set(target.key, next);
      this.errors.delete(target.key);
      return { entry: next, error: null };
    } catch (error) {
      const failure = toSeatApiError(error);
      this.errors.set(target.key, failure);
      return { entry, error: failure };
    }
  }
}
