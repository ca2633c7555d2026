const SECONDS = /^\d+$/;
// HTTP dates end in GMT (RFC 9110 §5.6.7); Date.parse alone would read "1.5" as a date in 2001.
const HTTP_DATE = /^[A-Za-z]{3}.* GMT$/;

/** Milliseconds to wait per a `Retry-After` header (delay-seconds or HTTP date, RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const trimmed = value?.trim() ?? '';
  if (SECONDS.test(trimmed)) return Number(trimmed) * 1000;
  const date = HTTP_DATE.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait a 429 or 503 asks for: the only statuses whose `Retry-After` ky honours (afterStatusCodes). */
export function retryAfterOf(response: Response): number | undefined {
  const asksToWait = response.status === 429 || response.status === 503;
  return asksToWait ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
}
