import * as z from 'zod/mini';
import { configError } from './errors';
import { parseWith } from './issues';

// Chrome may stop an MV3 service worker whose fetch takes over 30 s to answer; one call stays well under.
const TOTAL_TIMEOUT_MS = 25_000;
const MAX_TIMER_MS = 2_147_483_647;
const Millis = z.int().check(z.positive(), z.lte(MAX_TIMER_MS));

export const SeatApiOptions = z.object({
  /** Absolute http(s) URL of the API root, which may include a path: `https://vendor.example/seat-api/`. */
  baseUrl: z.string().check(z.refine(isApiBase, 'expected an absolute http(s) URL without credentials')),
  /** Bearer token (RFC 6750 b64token). */
  token: z.string().check(z.regex(/^[\w.~+/-]+=*$/, 'expected a bearer token')),
  /** Cancels every request of this client. */
  signal: z.instanceof(AbortSignal),
  fetch: z.optional(z.custom<typeof fetch>((value) => typeof value === 'function')),
  /** Per attempt, until the body is read. */
  timeoutMs: z._default(Millis, 8_000),
  /** Per call, across all attempts and the waits between them. */
  totalTimeoutMs: z._default(Millis, TOTAL_TIMEOUT_MS),
  /** Retries after the first attempt, for GET on network errors, timeouts, 408, 429 and 5xx. */
  retries: z._default(z.int().check(z.gte(0), z.lte(10)), 2),
  /** Most bytes of a body read (decoded); a larger one is a 'too-large' error. 100k users are ~27 MB. */
  maxBytes: z._default(z.int().check(z.positive()), 64 * 2 ** 20),
  /** First backoff step; it doubles per retry and is fully jittered. */
  backoffMs: z._default(z.int().check(z.gte(0), z.lte(MAX_TIMER_MS)), 300),
});

export type SeatApiOptions = z.input<typeof SeatApiOptions>;
export type SeatApiConfig = Omit<z.output<typeof SeatApiOptions>, 'baseUrl'> & { base: URL };

/** Validates the client options (throws a 'config' SeatApiError) and fixes the API base. */
export function parseConfig(options: SeatApiOptions): SeatApiConfig {
  const parsed = parseWith(SeatApiOptions, options);
  if (!parsed.ok) throw configError(parsed.issue);
  const { baseUrl, ...rest } = parsed.data;
  return { ...rest, base: apiBase(baseUrl) };
}

function isApiBase(value: string): boolean {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  return (url?.protocol === 'https:' || url?.protocol === 'http:') && !url.username && !url.password;
}

// A trailing slash makes relative paths extend the base path instead of replacing its last segment.
function apiBase(value: string): URL {
  const url = new URL(value);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
