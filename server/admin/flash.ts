import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMac } from '../http/mac';
import type { AdminEnv } from './env';

// The message shown once after a write redirects (post/redirect/get), kept in a short-lived cookie. Signed,
// with a key made at each start: a page on another port can set this host's cookies, and must not be able to
// put words of its own on the admin's page.

const COOKIE = 'seatguard_flash';
const MAC = createMac(randomBytes(32));
const MAC_LENGTH = 43;
const pathOf = (c: Context<AdminEnv>) => `/t/${c.var.tenant.id}/admin`;
const body = (tenant: string, message: string) => `flash1|${tenant}|${message}`;

export function setFlash(c: Context<AdminEnv>, message: string): void {
  const value = `${MAC.sign(body(c.var.tenant.id, message))}.${message}`;
  setCookie(c, COOKIE, value, { path: pathOf(c), httpOnly: true, sameSite: 'Strict', maxAge: 60 });
}

/** The message this server set for this tenant, once; a cookie it did not sign is dropped unread. */
export function takeFlash(c: Context<AdminEnv>): string | undefined {
  const value = getCookie(c, COOKIE);
  if (value === undefined) return undefined;
  deleteCookie(c, COOKIE, { path: pathOf(c) });
  const message = value.slice(MAC_LENGTH + 1);
  const genuine =
    value[MAC_LENGTH] === '.' && MAC.matches(body(c.var.tenant.id, message), value.slice(0, MAC_LENGTH));
  return genuine ? message : undefined;
}
