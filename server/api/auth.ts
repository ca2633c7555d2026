import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Deps } from '../deps';
import { logLine } from '../http/log';
import { type AuthFailures, clientAddress } from '../http/rate-limit';
import { problem } from './problem';
import { bearerToken, type Principal, principalOf, type Tokens } from './tokens';
import type { WidgetTokens } from './widget-tokens';

export type ApiEnv = { Variables: { principal: Principal } };

/** A configured token's principal, or a minted widget token's tenant (or 'expired'). */
function identify(token: string, tokens: Tokens, widgetTokens: WidgetTokens, now: Date) {
  const widget = widgetTokens.verify(token, now);
  if (widget === 'expired') return widget;
  return widget ? ({ kind: 'tenant', tenant: widget.tenant } as const) : principalOf(token, tokens);
}

type Failure = 'no token' | 'invalid token' | 'expired token';

/** One line per failed authentication: method, path, address and why; never the token. */
function logFailure({ log }: Deps, c: Context, reason: Failure): void {
  log(logLine('401 auth failed', { reason, method: c.req.method, path: c.req.path, from: clientAddress(c) }));
}

/**
 * Requires a known bearer token and records whose it is; 401 with a challenge otherwise. A missing or wrong
 * token counts against the address's failed authentications; an expired widget token, once genuine, does not.
 */
export function authenticate(deps: Deps, failures: AuthFailures): MiddlewareHandler<ApiEnv> {
  const { tokens, widgetTokens, now } = deps;
  return async (c, next) => {
    const header = c.req.header('Authorization');
    const token = bearerToken(header);
    const principal = token === undefined ? undefined : identify(token, tokens, widgetTokens, now());
    if (principal === 'expired') {
      logFailure(deps, c, 'expired token');
      const challenge = 'Bearer realm="seatguard", error="invalid_token", error_description="expired"';
      return problem(401, 'The token has expired; ask the portal for a new one.', {
        'WWW-Authenticate': challenge,
      });
    }
    if (!principal) {
      logFailure(deps, c, header ? 'invalid token' : 'no token');
      failures.record(c);
      const challenge = header
        ? 'Bearer realm="seatguard", error="invalid_token"'
        : 'Bearer realm="seatguard"';
      const detail = header ? 'The bearer token is not valid.' : 'Send Authorization: Bearer TOKEN.';
      return problem(401, detail, { 'WWW-Authenticate': challenge });
    }
    c.set('principal', principal);
    await next();
  };
}

/** The rate-limit key of the request's (already accepted) bearer token: a digest, so no token is kept. */
export function tokenKey(c: Context): string {
  const token = bearerToken(c.req.header('Authorization')) ?? '';
  return createHash('sha256').update(token).digest('base64url');
}

/** Whose token it is, for the log. */
export function principalName(c: Context): string {
  const principal = (c as Context<ApiEnv>).var.principal;
  return principal.kind === 'agent' ? 'agent token' : `token of tenant ${principal.tenant}`;
}

/** Search and reset read every tenant: an agent token only. */
export const agentOnly: MiddlewareHandler<ApiEnv> = async (c, next) => {
  if (c.var.principal.kind !== 'agent') return problem(403, 'This needs an agent token.');
  await next();
};
