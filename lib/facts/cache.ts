import { SeatApiError, type SeatsResponse, type SeatsResult, toSeatApiError } from '../api';
import { type PreparedTenant, prepareParsed, RulesInputError } from '../rules';
import { type Flight, startFlight } from './flight';

/** A tenant's facts as the Seat API last gave them, validated and prepared once (architecture.md, data path). */
export interface Facts {
  prepared: PreparedTenant;
  etag: string | null;
  /** Epoch ms of the Seat API's latest answer, 200 or 304. */
  fetchedAt: number;
}

/** Asks the Seat API for one tenant, revalidating with `etag` when given. */
export type FactsFetch = (etag: string | undefined, signal: AbortSignal) => Promise<SeatsResult>;

/** Keeps what a restart needs, in a compact form of its own choosing (never the raw reply). */
export interface FactsStore {
  save(key: string, facts: Facts): Promise<void>;
}

export interface FactsCacheOptions {
  now?: () => number;
  /** Prepares a 200's body: the rules' prepareTenant, with whatever the surface adds (a warning threshold). */
  prepare?: (data: SeatsResponse) => PreparedTenant;
  store?: FactsStore;
}

export interface LoadOptions {
  /** Cancels this caller's wait; the request itself stops once nobody waits for it. */
  signal?: AbortSignal;
  /** Facts younger than this are answered from memory; 0 always asks the Seat API. */
  maxAgeMs: number;
}

/** What a load brought: the facts, and whether they differ from what was shown (a 304 changes nothing). */
export interface Loaded {
  facts: Facts;
  changed: boolean;
}

interface Entry {
  facts?: Facts;
  error?: SeatApiError;
  /** Why the last facts could not be kept for a restart; they are still shown. */
  storeError?: Error;
  flight?: Flight<Loaded>;
  /** Epoch ms until which the facts are asked for again at every chance: a submitted form may still be writing. */
  settlingUntil: number;
  /** Epoch ms until which a tenant whose reply was too large is not asked again, unless forced (see QUIET_MS). */
  quietUntil: number;
  usedAt: number;
}

/**
 * How long after a guarded form went through its facts count as stale. The tab navigates while the vendor
 * writes, and a fetch made before the write lands would otherwise pass for fresh; revalidating costs a 304.
 */
export const SETTLING_MS = 30_000;

/** A reply over the size cap is fetched again after this long, or when forced (maxAgeMs 0): not on every page. */
export const QUIET_MS = 10 * 60_000;

// The client's SeatsResponse validated the body: indexing it is all that is left (validated once).
const prepareFacts = (data: SeatsResponse) => prepareParsed(data.policy, data.snapshot);

/**
 * Seat facts per tenant, shared by every view of it: one request per refresh however many ask (dedup), ETag
 * revalidation, freshness, and a store for restarts. The extension's background and the widget both use it.
 */
export class FactsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  private readonly prepare: (data: SeatsResponse) => PreparedTenant;
  private readonly store: FactsStore | undefined;

  constructor({ now = Date.now, prepare = prepareFacts, store }: FactsCacheOptions = {}) {
    this.now = now;
    this.prepare = prepare;
    this.store = store;
  }

  /** What is known now, without asking anyone. */
  peek(key: string): Readonly<Pick<Entry, 'facts' | 'error' | 'storeError'>> {
    const entry = this.entries.get(key);
    if (entry) entry.usedAt = this.now();
    return entry ?? {};
  }

  /** Whether the facts should be asked for again: missing, settling, older than `maxAgeMs`, or from the future. */
  isStale(key: string, maxAgeMs: number): boolean {
    const entry = this.entries.get(key);
    if (!entry?.facts || this.now() < entry.settlingUntil) return true;
    const age = this.now() - entry.facts.fetchedAt;
    return age < 0 || age >= maxAgeMs;
  }

  /** Marks a tenant's facts as changing, e.g. once a guarded form went through (see SETTLING_MS). */
  invalidate(key: string): void {
    const entry = this.entries.get(key);
    if (entry) entry.settlingUntil = this.now() + SETTLING_MS;
  }

  /** Forgets a tenant altogether, e.g. once its connection settings changed. */
  forget(key: string): void {
    this.entries.delete(key);
  }

  /** Drops tenants nobody asked about since `before` (epoch ms), and their facts with them. */
  forgetUnused(before: number): void {
    for (const [key, entry] of this.entries)
      if (!entry.flight && entry.usedAt < before) this.entries.delete(key);
  }

  /** The facts, from memory when fresh enough, else from the one request in flight for them. */
  load(key: string, fetch: FactsFetch, { signal, maxAgeMs }: LoadOptions): Promise<Loaded> {
    const entry = this.entry(key);
    if (entry.facts && !this.isStale(key, maxAgeMs))
      return Promise.resolve({ facts: entry.facts, changed: false });
    if (maxAgeMs && entry.error && this.now() < entry.quietUntil) return Promise.reject(entry.error);
    entry.flight ??= startFlight(
      (own) => this.fetchInto(key, entry, fetch, own),
      () => {
        entry.flight = undefined;
      },
    );
    return entry.flight.wait(signal);
  }

  private entry(key: string): Entry {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { settlingUntil: 0, quietUntil: 0, usedAt: this.now() };
      this.entries.set(key, entry);
    }
    entry.usedAt = this.now();
    return entry;
  }

  private async fetchInto(
    key: string,
    entry: Entry,
    fetch: FactsFetch,
    signal: AbortSignal,
  ): Promise<Loaded> {
    const previous = entry.facts;
    try {
      const result = await fetch(previous?.etag ?? undefined, signal);
      const fetchedAt = this.now();
      if (result.status === 'not-modified' && previous) {
        entry.facts = { ...previous, etag: result.etag, fetchedAt };
        delete entry.error;
        return { facts: entry.facts, changed: false };
      }
      if (result.status !== 'fresh')
        throw new SeatApiError('invalid-response', 'The Seat API answered 304 to a first request.');
      entry.facts = { prepared: this.prepareChecked(result.data), etag: result.etag, fetchedAt };
      delete entry.error;
      await this.keep(key, entry, entry.facts);
      return { facts: entry.facts, changed: true };
    } catch (error) {
      const failure = toSeatApiError(error);
      if (failure.code !== 'aborted') entry.error = failure;
      entry.quietUntil = failure.code === 'too-large' ? this.now() + QUIET_MS : 0;
      throw failure;
    }
  }

  /** A reply that parsed but does not hold together (a user on an unknown profile) is an invalid response. */
  private prepareChecked(data: SeatsResponse): PreparedTenant {
    try {
      return this.prepare(data);
    } catch (error) {
      if (!(error instanceof RulesInputError)) throw error;
      throw new SeatApiError(
        'invalid-response',
        `The Seat API sent facts that do not hold together: ${error.message}`,
        {
          cause: error,
        },
      );
    }
  }

  /** Saves for a restart; a storage failure is recorded, never mistaken for a Seat API failure. */
  private async keep(key: string, entry: Entry, facts: Facts): Promise<void> {
    if (!this.store) return;
    delete entry.storeError;
    try {
      await this.store.save(key, facts);
    } catch (error) {
      entry.storeError = error instanceof Error ? error : new Error(String(error));
    }
  }
}
