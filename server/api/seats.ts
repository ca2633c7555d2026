import type { Handler } from 'hono';
import * as z from 'zod/mini';
import { SeatsResponse } from '../../lib/api/schemas';
import { readFacts } from '../db/facts';
import { findTenant } from '../db/tenants';
import type { Deps } from '../deps';
import type { ApiEnv } from './auth';
import { matchesIfNoneMatch, strongEtag } from './etag';
import { problem } from './problem';
import { tenantAccess } from './tenant-access';

/** GET /v1/tenants/:tenant/seats → { policy, snapshot } with an ETag (seat-api.md). */
export function seats({ db, now }: Deps): Handler<ApiEnv> {
  return (c) => {
    const id = c.req.param('tenant') ?? '';
    const access = tenantAccess(c.var.principal, id, (t) => findTenant(db, t) !== undefined);
    if (access === 403) return problem(403, 'This token may not read that tenant.');
    const facts = access === 200 ? readFacts(db, id) : undefined;
    if (!facts) return problem(404, `There is no tenant "${id}".`);
    const content = z.parse(SeatsResponse, facts);
    // asOf is left out of the tag: it is the answer's time, and an unchanged tenant must revalidate.
    const etag = strongEtag(JSON.stringify(content));
    const headers = { ETag: etag, 'Cache-Control': 'private, no-cache' };
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
    const snapshot = { asOf: now().toISOString(), ...content.snapshot };
    return c.json({ policy: content.policy, snapshot }, 200, headers);
  };
}
