import type { Handler } from 'hono';
import * as z from 'zod/mini';
import { TenantId } from '../../lib/api/schemas';
import { problem } from '../api/problem';
import { findTenant } from '../db/tenants';
import type { Deps } from '../deps';

const TokenRequest = z.object({ tenant: TenantId });

/**
 * POST /partner/token {tenant} → { token, expiresAt }: what a portal's backend does for its widgets. A real
 * portal mints only for the tenant its signed-in user belongs to; the sandbox portal has no login.
 */
export function mintToken({ db, now, widgetTokens }: Deps): Handler {
  return async (c) => {
    // Only the portal's own pages may ask: browsers always send Origin with a POST.
    if (c.req.header('Origin') !== new URL(c.req.url).origin)
      return problem(403, 'Ask from the portal itself.');
    const parsed = z.safeParse(TokenRequest, await c.req.json().catch(() => undefined));
    if (!parsed.success) return problem(400, 'Send {"tenant": "<tenant id>"} as JSON.');
    const { tenant } = parsed.data;
    if (!findTenant(db, tenant)) return problem(404, `There is no tenant "${tenant}".`);
    c.header('Cache-Control', 'no-store');
    return c.json(widgetTokens.mint(tenant, now()));
  };
}
