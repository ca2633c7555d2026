import { isHTTPError, isKyError } from 'ky';
import * as z from 'zod/mini';
import { retryAfterOf } from './retry-after';
import { Problem } from './schemas';

/** What went wrong, for the UI to translate; `message` is the English explanation for people and logs. */
export type SeatApiErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'timeout'
  | 'network'
  | 'invalid-response'
  | 'too-large'
  | 'server-error'
  | 'aborted'
  | 'config';

export type SeatApiErrorDetails = {
  /** HTTP status, when the API answered. */
  status?: number;
  /** How long the API asked us to wait (`Retry-After` on 429 and 503). */
  retryAfterMs?: number;
  /** The problem+json `detail`, else its `title`, when the API sent one. */
  detail?: string;
  cause?: unknown;
};

/** Every failure of the Seat API client; switch on `code`. */
export class SeatApiError extends Error {
  override readonly name = 'SeatApiError';
  readonly code: SeatApiErrorCode;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly detail: string | undefined;

  constructor(code: SeatApiErrorCode, message: string, details: SeatApiErrorDetails = {}) {
    super(message, { cause: details.cause });
    this.code = code;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.detail = details.detail;
  }
}

export function isSeatApiError(error: unknown): error is SeatApiError {
  return error instanceof SeatApiError;
}

export function abortedError(cause?: unknown): SeatApiError {
  return new SeatApiError('aborted', 'The Seat API request was cancelled.', { cause });
}

export function configError(problem: string): SeatApiError {
  return new SeatApiError('config', `Seat API client: ${problem}`);
}

/** Maps anything thrown while talking to the Seat API onto a SeatApiError. */
export function toSeatApiError(error: unknown): SeatApiError {
  if (isSeatApiError(error)) return error;
  if (isHTTPError(error)) return errorOfResponse(error.request, error.response, error.data);
  // ky's TimeoutError and a DOMException from AbortSignal.timeout share the name.
  if (hasName(error, 'TimeoutError')) {
    return new SeatApiError('timeout', `The Seat API did not answer in time (${target(error)}).`, {
      cause: error,
    });
  }
  if (hasName(error, 'AbortError')) return abortedError(error);
  // fetch rejects with a TypeError on any network failure; whatever else escapes is just as unreachable for the UI.
  return new SeatApiError('network', `Could not reach the Seat API (${target(error)}).`, { cause: error });
}

const STATUSES: Record<number, [SeatApiErrorCode, string]> = {
  401: ['unauthorized', 'refused the token: it is missing, expired or invalid'],
  403: ['forbidden', 'does not let this token read that tenant'],
  404: ['not-found', 'has no such resource'],
  429: ['rate-limited', 'is limiting requests'],
};

function errorOfResponse(request: Request, response: Response, body: unknown): SeatApiError {
  const { status } = response;
  const problem = z.safeParse(Problem, body).data;
  const detail = problem?.detail ?? problem?.title;
  const details = { status, retryAfterMs: retryAfterOf(response), detail };
  const [code, what] = STATUSES[status] ?? ['server-error', failureOf(response)];
  const wait =
    details.retryAfterMs === undefined ? '' : `; retry in ${Math.ceil(details.retryAfterMs / 1000)} s`;
  const said = detail === undefined ? '' : `: ${detail}`;
  return new SeatApiError(
    code,
    `The Seat API ${what} (${request.method} ${request.url} → ${status})${said}${wait}.`,
    details,
  );
}

function failureOf(response: Response): string {
  const redirected = response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
  if (redirected) return 'redirected the request, which is refused so that requests stay on its origin';
  return response.status >= 500 ? 'failed' : 'gave an unexpected answer';
}

function target(error: unknown): string {
  const request = isKyError(error) && 'request' in error ? error.request : undefined;
  if (request instanceof Request) return `${request.method} ${request.url}`;
  return error instanceof Error ? error.message : String(error);
}

function hasName(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === name;
}
