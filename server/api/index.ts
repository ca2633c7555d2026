import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { openApiDocument } from '../../lib/api/openapi';
import type { Deps } from '../deps';
import { authFailures, clientAddress, limiter } from '../http/rate-limit';
import { type ApiEnv, agentOnly, authenticate, principalName, tokenKey } from './auth';
import { reset } from './reset';
import { search } from './search';
import { seats } from './seats';

/** The Seat API v1 (seat-api.md), mounted at /v1. */
export function seatApi(deps: Deps): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  // Only the embedding portals' origins, bearer tokens and no cookies: no credentials, no wildcard.
  api.use(
    '*',
    cors({
      origin: (origin) => (deps.corsOrigins.includes(origin) ? origin : null),
      allowMethods: ['GET', 'HEAD', 'POST'],
      allowHeaders: ['Authorization', 'If-None-Match'],
      exposeHeaders: ['ETag', 'Retry-After'],
      maxAge: 600,
    }),
  );
  // Every request of an address counts, then failed authentications, then each accepted token's own.
  api.use('*', limiter('address', clientAddress, clientAddress, deps.limits));
  const failures = authFailures(deps.limits);
  const perToken = limiter('token', tokenKey, principalName, deps.limits);
  const auth = [failures.gate, authenticate(deps, failures), perToken] as const;
  const document = openApiDocument();
  api.get('/openapi.json', (c) => c.json(document));
  api.get('/tenants', ...auth, agentOnly, search(deps));
  api.get('/tenants/:tenant/seats', ...auth, seats(deps));
  api.post('/sandbox/reset', ...auth, agentOnly, reset(deps));
  return api;
}
