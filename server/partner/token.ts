import type { Context, Handler } from 'hono';
import * as z from 'zod/mini';
import { TenantId } from '../../lib/api/schemas';
import { problem } from '../api/problem';
import { findTenant } from '../db/tenants';
import type { Deps } from '../deps';
import type { OwnOrigins } from '../http/origins';

const TokenRequest = z.object({ tenant: TenantId });

/**
 * Whether a POST comes from one of the server's own pages: browsers send Origin with every POST, and
 * Sec-Fetch-Site where they know it. Exact origins: a page on another port of 127.0.0.1 is refused too.
 */
export function fromOwnPage(c: Context, own: OwnOrigins): boolean {
  const site = c.req.header('Sec-Fetch-Site');
  return own.has(c.req.header('Origin')) && (site === undefined || site === 'same-origin');
}

/**
 * POST /partner/token {tenant} → { token, expiresAt }: what a portal's backend does for its widgets. A real
 * portal mints only for the tenant its signed-in user belongs to; the sandbox portal has no login.
 */
export function mintToken({ db, now, widgetTokens, own }: Deps): Handler {
  return async (c) => {
    if (!fromOwnPage(c, own)) return problem(403, 'Ask from the portal itself.');
    const parsed = z.safeParse(TokenRequest, await c.req.json().catch(() => undefined));
    if (!parsed.success) return problem(400, 'Send {"tenant": "<tenant id>"} as JSON.');
    const { tenant } = parsed.data;
    if (!findTenant(db, tenant)) return problem(404, `There is no tenant "${tenant}".`);
    c.header('Cache-Control', 'no-store');
    return c.json(widgetTokens.mint(tenant, now()));
  };
}
