import type { Context, Handler } from 'hono';
import { findTenant } from '../db/tenants';
import type { Deps } from '../deps';
import type { BuiltSeats } from '../seats/messages';
import type { ApiEnv } from './auth';
import { chooseEncoding } from './encoding';
import { matchesIfNoneMatch } from './etag';
import { problem } from './problem';
import { tenantAccess } from './tenant-access';

function answer(c: Context<ApiEnv>, built: BuiltSeats): Response {
  const headers: Record<string, string> = { ETag: built.etag, 'Cache-Control': 'private, no-cache' };
  c.header('Vary', 'Accept-Encoding', { append: true });
  if (matchesIfNoneMatch(c.req.header('If-None-Match'), built.etag)) return c.body(null, 304, headers);
  const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  headers['Content-Type'] = 'application/json';
  return c.body(built.bodies[encoding], 200, headers);
}

/**
 * GET /v1/tenants/:tenant/seats → { policy, snapshot } with an ETag (seat-api.md, v1.1). The body is built
 * once per tenant version and kept; a request reads the version, and a 304 does nothing more.
 */
export function seats({ db, seats: cache }: Deps): Handler<ApiEnv> {
  return async (c) => {
    const id = c.req.param('tenant') ?? '';
    const access = tenantAccess(c.var.principal, id, (t) => findTenant(db, t) !== undefined);
    if (access === 403) return problem(403, 'This token may not read that tenant.');
    const version = access === 200 ? cache.version(id) : undefined;
    const built = version === undefined ? undefined : await cache.at(id, version);
    if (!built) return problem(404, `There is no tenant "${id}".`);
    return answer(c, built);
  };
}
