import type { MiddlewareHandler } from 'hono';
import { problem } from './problem';
import { bearerToken, type Principal, principalOf, type Tokens } from './tokens';

export type ApiEnv = { Variables: { principal: Principal } };

/** Requires a known bearer token and records whose it is; 401 with a challenge otherwise. */
export function authenticate(tokens: Tokens): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    const token = bearerToken(header);
    const principal = token === undefined ? undefined : principalOf(token, tokens);
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
