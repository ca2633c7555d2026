import type { Problem } from '../../lib/api/schemas';

export type ProblemStatus = 400 | 401 | 403 | 404 | 413 | 415 | 421 | 429 | 500;

const TITLES: Record<ProblemStatus, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  421: 'Misdirected Request',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** An RFC 9457 problem response; `about:blank` because the status says all a client branches on. */
export function problem(
  status: ProblemStatus,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  const body: Problem = { type: 'about:blank', title: TITLES[status], status, detail };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}
