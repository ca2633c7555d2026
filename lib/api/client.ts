import { isHTTPError, type KyInstance, type Options, type ShouldRetryState } from 'ky';
import { invalidResponse, parseBody } from './body';
import { parseConfig, type SeatApiConfig, type SeatApiOptions } from './config';
import { abortedError, isSeatApiError, SeatApiError, toSeatApiError } from './errors';
import { createSeatKy } from './http';
import { etagOf, SEARCH_PATH, searchParams, seatsPath } from './requests';
import { retryAfterOf } from './retry-after';
import { SeatsResponse, TenantSearchResponse } from './schemas';

export type SeatsResult =
  | { status: 'fresh'; data: SeatsResponse; etag: string | null }
  | { status: 'not-modified'; etag: string };

type CallOptions = { signal?: AbortSignal };
export type SeatsOptions = CallOptions & { etag?: string };
export type SearchOptions = CallOptions & { limit?: number };

export type SeatApi = {
  /** A tenant's policy and snapshot; with `etag`, a 304 comes back as `not-modified`. */
  seats(tenant: string, options?: SeatsOptions): Promise<SeatsResult>;
  /** Tenants by id or name (agent tokens only). */
  searchTenants(q: string, options?: SearchOptions): Promise<TenantSearchResponse>;
};

/** A Seat API client (seat-api.md). Throws a 'config' SeatApiError on bad options; methods reject with SeatApiError only. */
export function createSeatApi(options: SeatApiOptions): SeatApi {
  const config = parseConfig(options);
  const http = createSeatKy(config);
  const get = (path: string, init: Options) => fetchText(http, config, path, init);
  const guard = <T>(signal: AbortSignal | undefined, run: () => Promise<T>) =>
    guarded([config.signal, signal], run);
  return {
    seats: (tenant, { etag, signal } = {}) =>
      guard(signal, async () => {
        const sent = etagOf(etag);
        const headers = sent ? { 'if-none-match': sent } : {};
        const { response, text } = await get(seatsPath(tenant), { headers, signal });
        return seatsResult(response, text, sent, tenant);
      }),
    searchTenants: (q, { limit, signal } = {}) =>
      guard(signal, async () => {
        const { response, text } = await get(SEARCH_PATH, { searchParams: searchParams(q, limit), signal });
        return parseBody(TenantSearchResponse, response.status, text);
      }),
  };
}

// A 304 is only an answer to our If-None-Match; any other one, or another tenant's facts, is an invalid response.
function seatsResult(
  response: Response,
  text: string,
  sent: string | undefined,
  tenant: string,
): SeatsResult {
  const { status } = response;
  const etag = etagOf(response.headers.get('etag')) ?? null;
  if (status === 304 && sent) return { status: 'not-modified', etag: etag ?? sent };
  const data = parseBody(SeatsResponse, status, text);
  if (data.policy.tenant !== tenant) throw invalidResponse(status, `policy.tenant: not ${tenant}`);
  return { status: 'fresh', data, etag };
}

/** One GET whose body is read within ky's timeouts (its `.text()` shortcut) and size cap, keeping the response for status and ETag. */
async function fetchText(http: KyInstance, config: SeatApiConfig, path: string, init: Options) {
  const { signal, ...rest } = init;
  const { maxBytes } = config;
  const deadline = Date.now() + config.totalTimeoutMs;
  let size = 0;
  // ky 2 reads an explicit `signal: undefined` as "drop the instance signal", so pass it only when given.
  const call = http.get(path, {
    ...rest,
    ...(signal && { signal }),
    retry: { shouldRetry: giveUpPast(deadline) },
    // totalBytes is the larger of Content-Length and what arrived: throwing stops the read.
    onDownloadProgress: ({ totalBytes }) => {
      size = totalBytes;
      if (size > maxBytes) throw 0;
    },
  });
  const text = await call.text().catch((error: unknown) => {
    throw size > maxBytes
      ? new SeatApiError('too-large', `The Seat API sent more than ${maxBytes} bytes (${size}).`)
      : error;
  });
  return { response: await call, text };
}

/** Stops retrying when the server asks to wait past the deadline: better 'rate-limited' now than 'timeout' later. */
function giveUpPast(deadline: number) {
  return ({ error }: ShouldRetryState) => {
    const wait = isHTTPError(error) ? retryAfterOf(error.response) : undefined;
    return wait !== undefined && Date.now() + wait >= deadline ? false : undefined;
  };
}

async function guarded<T>(signals: (AbortSignal | undefined)[], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    // A caller's abort surfaces as whatever fetch or ky threw at that moment; name it for what it is.
    const aborted = signals.some((signal) => signal?.aborted) && !isSeatApiError(error);
    throw aborted ? abortedError(error) : toSeatApiError(error);
  }
}
