import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { failurePage, notFoundPage } from './admin/plain-pages';
import { problem } from './api/problem';
import { type Log, logLine } from './http/log';

const isApi = (path: string) => path === '/v1' || path.startsWith('/v1/');

/** 404 for any unknown path: a problem under /v1, a page elsewhere. */
export const notFound: NotFoundHandler = (c) =>
  isApi(c.req.path) ? problem(404, `There is no ${c.req.method} ${c.req.path}.`) : notFoundPage(c);

/**
 * 500 without a stack for the client; the stack goes to the log, on one line with the request's path and
 * the error's message escaped, for whoever runs the server.
 */
export function onError(log: Log): ErrorHandler {
  return (error, c) => {
    // Hono's own refusals (a body over the limit) are answers, not failures: a problem, like every refusal.
    if (error instanceof HTTPException)
      return error.status === 413
        ? problem(413, 'The request body is larger than this endpoint accepts.')
        : error.getResponse();
    log(
      logLine('500 failed', { method: c.req.method, path: c.req.path, error: error.stack ?? error.message }),
    );
    if (isApi(c.req.path)) return problem(500, 'The server failed to answer; try again later.');
    // Should the page renderer itself be what fails, the answer still says something.
    return failurePage(c).catch(() => c.text('The server failed to answer this page; see its log.', 500));
  };
}
