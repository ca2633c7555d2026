import type { MiddlewareHandler } from 'hono';
import type { Deps } from '../deps';
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

/** Requires a known bearer token and records whose it is; 401 with a challenge otherwise. */
export function authenticate({ tokens, widgetTokens, now }: Deps): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    const token = bearerToken(header);
    const principal = token === undefined ? undefined : identify(token, tokens, widgetTokens, now());
    if (principal === 'expired') {
      const challenge = 'Bearer realm="seatguard", error="invalid_token", error_description="expired"';
      return problem(401, 'The token has expired; ask the portal for a new one.', {
        'WWW-Authenticate': challenge,
      });
    }
    if (!principal) {
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

/** Search and reset read every tenant: an agent token only. */
export const agentOnly: MiddlewareHandler<ApiEnv> = async (c, next) => {
  if (c.var.principal.kind !== 'agent') return problem(403, 'This needs an agent token.');
  await next();
};
