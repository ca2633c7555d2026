import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AdminEnv } from './env';

// The message shown once after a write redirects (post/redirect/get), kept in a short-lived cookie.

const COOKIE = 'seatguard_flash';
const pathOf = (c: Context<AdminEnv>) => `/t/${c.var.tenant.id}/admin`;

export function setFlash(c: Context<AdminEnv>, message: string): void {
  setCookie(c, COOKIE, message, { path: pathOf(c), httpOnly: true, sameSite: 'Strict', maxAge: 60 });
}

export function takeFlash(c: Context<AdminEnv>): string | undefined {
  const message = getCookie(c, COOKIE);
  if (message !== undefined) deleteCookie(c, COOKIE, { path: pathOf(c) });
  return message;
}
