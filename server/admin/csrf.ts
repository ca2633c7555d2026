import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AdminEnv } from './env';

// Double-submit token: an HttpOnly, SameSite=Strict cookie that every form repeats in `_csrf`.

const COOKIE = 'seatguard_csrf';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function issue(c: Context<AdminEnv>): string {
  const token = randomBytes(32).toString('base64url');
  setCookie(c, COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Strict' });
  return token;
}

/**
 * Gives every page a token and parses POST bodies once; a POST without the cookie's token is
 * refused before any handler runs, so nothing is written.
 */
export function csrf(refuse: (c: Context<AdminEnv>) => Promise<Response>): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const cookie = getCookie(c, COOKIE);
    const known = cookie !== undefined && TOKEN.test(cookie) ? cookie : undefined;
    if (c.req.method === 'POST') {
      const form = await c.req.parseBody({ all: true });
      const sent = form._csrf;
      if (!known || typeof sent !== 'string' || !sameToken(sent, known)) return refuse(c);
      c.set('form', form);
      c.set('csrf', known);
    } else {
      c.set('csrf', known ?? issue(c));
    }
    await next();
  };
}
