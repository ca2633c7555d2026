import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256 in base64url under one key: how the server signs what it hands out and reads back. */
export interface Mac {
  sign(body: string): string;
  /** Whether `mac` is `body`'s, compared in constant time. */
  matches(body: string, mac: string): boolean;
}

export function createMac(key: Uint8Array): Mac {
  const sign = (body: string) => createHmac('sha256', key).update(body).digest('base64url');
  return {
    sign,
    matches(body, mac) {
      const expected = Buffer.from(sign(body));
      const given = Buffer.from(mac);
      // Equal lengths first: timingSafeEqual throws otherwise, and a MAC of another length is simply wrong.
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
