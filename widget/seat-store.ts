import { createSeatApi, isSeatApiError, type SeatsResult } from '../lib/api';
import { type Facts, FactsCache, type FactsFetch } from '../lib/facts';
import { sourceKey, type TokenSource, tokenOf } from './token';

/** One tenant's facts, parsed and prepared once for every element that shows them. */
export type TenantFacts = Facts;

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
  /** The fetch a new request uses; the page's by default. */
  fetch?: typeof globalThis.fetch;
}

// Facts nobody asked for in this long are dropped, so rotating tokens do not pile up tenants in memory.
const FORGET_MS = 10 * 60_000;

export function requestKey({ api, tenant, source }: FactsRequest): string {
  return `${api}\n${tenant}\n${sourceKey(source)}`;
}

/**
 * The facts of the page's elements, through the cache the extension's background uses too (lib/facts): every
 * <seat-usage> on the page shares one answer and one request per api + tenant + token.
 */
export function createFactsLoader(now: () => number = Date.now) {
  const cache = new FactsCache({ now });
  return (request: FactsRequest, options: LoadOptions): Promise<TenantFacts> => {
    cache.forgetUnused(now() - FORGET_MS);
    const fetchSeats: FactsFetch = (etag, signal) =>
      seatsWithRenewal(request, { etag, signal, fetch: options.fetch });
    return cache.load(requestKey(request), fetchSeats, options).then((loaded) => loaded.facts);
  };
}

/** The page's one loader. */
export const loadFacts = createFactsLoader();

type Fetch = typeof globalThis.fetch;

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
