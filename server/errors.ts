import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { failurePage, notFoundPage } from './admin/plain-pages';
import { problem } from './api/problem';

const isApi = (path: string) => path === '/v1' || path.startsWith('/v1/');

/** 404 for any unknown path: a problem under /v1, a page elsewhere. */
export const notFound: NotFoundHandler = (c) =>
  isApi(c.req.path) ? problem(404, `There is no ${c.req.method} ${c.req.path}.`) : notFoundPage(c);

/** 500 without a stack for the client; the stack goes to stderr for whoever runs the server. */
export const onError: ErrorHandler = (error, c) => {
  // Hono's own refusals (a body over the limit: 413) are answers, not failures.
  if (error instanceof HTTPException) return error.getResponse();
  process.stderr.write(`seatguard: ${c.req.method} ${c.req.path} failed: ${error.stack ?? error.message}\n`);
  if (isApi(c.req.path)) return problem(500, 'The server failed to answer; try again later.');
  // Should the page renderer itself be what fails, the answer still says something.
  return failurePage(c).catch(() => c.text('The server failed to answer this page; see its log.', 500));
};
