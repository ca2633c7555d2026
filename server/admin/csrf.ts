import type { Context, MiddlewareHandler } from 'hono';
import { csrf as honoCsrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { problem } from '../api/problem';
import { createMac } from '../http/mac';
import type { OwnOrigins } from '../http/origins';
import type { AdminEnv } from './env';

// Two checks on every admin POST, both required. The request comes from one of the server's own pages
// (Sec-Fetch-Site or Origin: Hono's csrf, with the exact own origins), and its `_csrf` field is a token this
// server made for this tenant: `<issued, base36 s>.<HMAC-SHA256(key, tenant and issued)>`, the key made at
// each start. No cookie: a page on any port of 127.0.0.1 can set this host's cookies (they ignore ports), so
// a cookie echo could be planted, and planting one knocked out the admin's open forms (issue 13).

/** How long a page's forms stay good; a restart (a new key) ends them too. */
export const CSRF_TTL_MS = 12 * 60 * 60_000;
/** Clocks of another process on the same file may run a little ahead. */
const SKEW_MS = 60_000;
const TOKEN = /^([0-9a-z]{1,9})\.([\w-]{43})$/;

export interface CsrfTokens {
  issue(tenant: string, now: Date): string;
  /** Whether `token` is one this server issued for `tenant` and it has not expired. */
  verify(token: unknown, tenant: string, now: Date): boolean;
}

export function createCsrfTokens(key: Uint8Array, ttlMs = CSRF_TTL_MS): CsrfTokens {
  const mac = createMac(key);
  const body = (tenant: string, issued: string) => `csrf1|${tenant}|${issued}`;
  return {
    issue(tenant, now) {
      const issued = Math.floor(now.getTime() / 1000).toString(36);
      return `${issued}.${mac.sign(body(tenant, issued))}`;
    },
    verify(token, tenant, now) {
      const [, issued = '', given = ''] = (typeof token === 'string' && TOKEN.exec(token)) || [];
      if (!issued || !mac.matches(body(tenant, issued), given)) return false;
      const age = now.getTime() - Number.parseInt(issued, 36) * 1000;
      return age > -SKEW_MS && age < ttlMs;
    },
  };
}

type FormBody = AdminEnv['Variables']['form'];

/** The posted form, or undefined when the body cannot be read as one (a broken multipart body). */
async function formOf(c: Context<AdminEnv>): Promise<FormBody | undefined> {
  try {
    return await c.req.parseBody({ all: true });
  } catch (error) {
    // Hono's own refusals (the body limit's 413) stay what they are.
    if (error instanceof HTTPException) throw error;
    return undefined;
  }
}

/**
 * Gives every page a token and parses POST bodies once; a POST from a foreign page or without this tenant's
 * token is refused before any handler runs, so nothing is written. A body that is not a form is a 400.
 */
export function csrf(
  tokens: CsrfTokens,
  own: OwnOrigins,
  now: () => Date,
  refuse: (c: Context<AdminEnv>) => Promise<Response>,
): MiddlewareHandler<AdminEnv> {
  const originCheck = honoCsrf({ origin: (origin) => own.has(origin), secFetchSite: 'same-origin' });
  const fromOwnPage = (c: Context<AdminEnv>) =>
    originCheck(c, async () => undefined).then(
      () => true,
      (error: unknown) => {
        if (error instanceof HTTPException && error.status === 403) return false;
        throw error;
      },
    );
  return async (c, next) => {
    const tenant = c.var.tenant.id;
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      if (!(await fromOwnPage(c))) return refuse(c);
      const form = await formOf(c);
      if (form === undefined) return problem(400, 'The request body is not a readable form.');
      if (!tokens.verify(form._csrf, tenant, now())) return refuse(c);
      c.set('form', form);
    }
    c.set('csrf', tokens.issue(tenant, now()));
    await next();
  };
}
