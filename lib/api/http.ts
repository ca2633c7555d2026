import ky, { type BeforeRequestHook, type KyInstance } from 'ky';
import type { SeatApiConfig } from './config';
import { configError } from './errors';

// 501 and 505 are permanent, so only the transient 5xx are retried.
const RETRIED_STATUSES = [408, 429, 500, 502, 503, 504];

/** The one ky instance of an API base: auth, timeouts, GET-only retries with jitter, same-origin only. */
export function createSeatKy(config: SeatApiConfig): KyInstance {
  const { base, backoffMs } = config;
  return ky.create({
    baseUrl: base,
    headers: { accept: 'application/json', authorization: `Bearer ${config.token}` },
    signal: config.signal,
    fetch: config.fetch,
    credentials: 'omit',
    // Redirects come back as responses (opaque in browsers) and fail, so a request never leaves the base origin.
    redirect: 'manual',
    timeout: config.timeoutMs,
    totalTimeout: config.totalTimeoutMs,
    // 304 answers a conditional GET; it is a result, not an error.
    throwHttpErrors: (status) => status !== 304,
    retry: {
      limit: config.retries,
      methods: ['get'],
      statusCodes: RETRIED_STATUSES,
      afterStatusCodes: [429, 503],
      retryOnTimeout: true,
      delay: (attempt) => backoffMs * 2 ** (attempt - 1),
      jitter: true,
    },
    hooks: { beforeRequest: [stayUnder(base)] },
  });
}

/** Refuses any request outside the API base, whatever built its URL. */
function stayUnder(base: URL): BeforeRequestHook {
  return ({ request }) => {
    const url = new URL(request.url);
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) {
      throw configError(`refused a request to ${url.origin}${url.pathname}, outside ${base.href}`);
    }
  };
}
