import { createSeatApi, isSeatApiError, type SeatsResult } from '../lib/api';
import { type PreparedTenant, prepareTenant } from '../lib/rules';
import { sourceKey, type TokenSource, tokenOf } from './token';

/** One tenant's facts, parsed and indexed once for every element that shows them. */
export interface TenantFacts {
  prepared: PreparedTenant;
  /** Epoch ms of the Seat API's latest answer (200 or 304). */
  fetchedAt: number;
  etag: string | null;
}

export interface FactsRequest {
  /** Seat API base URL. */
  api: string;
  tenant: string;
  source: TokenSource;
}

export interface LoadOptions {
  /** Cancels this caller's wait; the request itself stops once nobody waits for it. */
  signal: AbortSignal;
  /** Facts younger than this are answered from memory; 0 always asks the Seat API. */
  maxAgeMs: number;
  now?: () => number;
  /** The fetch a new request uses; the page's by default. */
  fetch?: typeof globalThis.fetch;
}

interface Flight {
  promise: Promise<TenantFacts>;
  waiting: number;
  /** Cancels the request and clears it, so that a caller arriving next starts a new one. */
  abandon(reason: unknown): void;
}

interface Entry {
  facts?: TenantFacts;
  flight?: Flight;
}

// Module level: every <seat-usage> on the page shares one answer and one request per api + tenant + token.
const entries = new Map<string, Entry>();
// Facts nobody asked for in this long are dropped, so rotating tokens do not pile up tenants in memory.
const FORGET_MS = 10 * 60_000;

export function requestKey({ api, tenant, source }: FactsRequest): string {
  return `${api}\n${tenant}\n${sourceKey(source)}`;
}

/** The tenant's facts: from memory when fresh enough, else from the one request in flight for them. */
export function loadFacts(request: FactsRequest, options: LoadOptions): Promise<TenantFacts> {
  const now = options.now ?? Date.now;
  forgetOld(now());
  const key = requestKey(request);
  const entry = entries.get(key) ?? {};
  entries.set(key, entry);
  const { facts } = entry;
  if (facts && now() - facts.fetchedAt < options.maxAgeMs) return Promise.resolve(facts);
  entry.flight ??= startFlight(entry, request, { now, fetch: options.fetch });
  return wait(entry.flight, options.signal);
}

function forgetOld(now: number): void {
  for (const [key, entry] of entries) {
    if (!entry.flight && (!entry.facts || now - entry.facts.fetchedAt > FORGET_MS)) entries.delete(key);
  }
}

type Fetch = typeof globalThis.fetch;
type FlightOptions = { now: () => number; fetch: Fetch | undefined };

function startFlight(entry: Entry, request: FactsRequest, options: FlightOptions): Flight {
  const controller = new AbortController();
  const promise = fetchFacts(request, entry.facts, controller.signal, options).then((facts) => {
    entry.facts = facts;
    return facts;
  });
  const land = () => {
    if (entry.flight === flight) entry.flight = undefined;
  };
  const flight: Flight = {
    promise,
    waiting: 0,
    abandon: (reason) => {
      land();
      controller.abort(reason);
    },
  };
  promise.then(land, land);
  return flight;
}

/** Joins a flight; a caller that gives up leaves it, and the last one to leave cancels the request. */
function wait(flight: Flight, signal: AbortSignal): Promise<TenantFacts> {
  if (signal.aborted) return Promise.reject(signal.reason);
  flight.waiting += 1;
  return new Promise<TenantFacts>((resolve, reject) => {
    const leave = () => {
      flight.waiting -= 1;
      if (flight.waiting === 0) flight.abandon(signal.reason);
      reject(signal.reason);
    };
    signal.addEventListener('abort', leave, { once: true });
    const done = () => signal.removeEventListener('abort', leave);
    flight.promise.then(
      (facts) => {
        done();
        resolve(facts);
      },
      (error: unknown) => {
        done();
        reject(error);
      },
    );
  });
}

async function fetchFacts(
  request: FactsRequest,
  previous: TenantFacts | undefined,
  signal: AbortSignal,
  { now, fetch }: FlightOptions,
): Promise<TenantFacts> {
  const etag = previous?.etag ?? undefined;
  const result = await seatsWithRenewal(request, { etag, signal, fetch });
  if (result.status === 'fresh') {
    const { policy, snapshot } = result.data;
    return { prepared: prepareTenant(policy, snapshot), fetchedAt: now(), etag: result.etag };
  }
  // The client reports 304 only for the If-None-Match it sent, and that needs facts in hand.
  return { ...(previous as TenantFacts), fetchedAt: now(), etag: result.etag };
}

/** One GET; a provider's token refused with 401 is renewed once before the error stands. */
async function seatsWithRenewal(
  { api, tenant, source }: FactsRequest,
  { etag, signal, fetch }: { etag: string | undefined; signal: AbortSignal; fetch: Fetch | undefined },
): Promise<SeatsResult> {
  const seats = async (renew: boolean) => {
    const token = await tokenOf(source, renew);
    const client = createSeatApi({ baseUrl: api, token, signal, ...(fetch && { fetch }) });
    return client.seats(tenant, etag === undefined ? {} : { etag });
  };
  try {
    return await seats(false);
  } catch (error) {
    const renewable = 'provider' in source && isSeatApiError(error) && error.code === 'unauthorized';
    if (!renewable) throw error;
    return seats(true);
  }
}
