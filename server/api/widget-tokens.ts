import { createMac } from '../http/mac';

// Short-lived, tenant-scoped tokens that a partner portal mints for its <seat-usage> widgets (seat-api.md):
// `sgw1.<tenant>.<expiry, epoch seconds>.<HMAC-SHA256 of the rest, base64url>`. Stateless: the key is the secret.

export interface MintedToken {
  token: string;
  /** ISO timestamp; the Seat API answers 401 from then on. */
  expiresAt: string;
}

export type WidgetTokenCheck = { tenant: string } | 'expired' | undefined;

export interface WidgetTokens {
  mint(tenant: string, now: Date): MintedToken;
  /** The tenant the token reads, 'expired', or undefined when it is not a valid widget token. */
  verify(token: string, now: Date): WidgetTokenCheck;
}

export const WIDGET_TOKEN_TTL_MS = 10 * 60_000;

const VERSION = 'sgw1';
const FORMAT = /^sgw1\.([a-z0-9][a-z0-9-]{0,62})\.(\d{1,12})\.([\w-]{43})$/;

export function createWidgetTokens(key: Uint8Array, ttlMs = WIDGET_TOKEN_TTL_MS): WidgetTokens {
  const mac = createMac(key);
  return {
    mint(tenant, now) {
      const expires = Math.floor((now.getTime() + ttlMs) / 1000);
      const body = `${VERSION}.${tenant}.${expires}`;
      return { token: `${body}.${mac.sign(body)}`, expiresAt: new Date(expires * 1000).toISOString() };
    },
    verify(token, now) {
      const [, tenant = '', expires = '', given = ''] = FORMAT.exec(token) ?? [];
      if (!mac.matches(`${VERSION}.${tenant}.${expires}`, given)) return undefined;
      return Number(expires) * 1000 <= now.getTime() ? 'expired' : { tenant };
    },
  };
}
