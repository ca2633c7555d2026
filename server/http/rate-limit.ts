import type { Context, MiddlewareHandler } from 'hono';
import { type ClientRateLimitInfo, rateLimiter, type Store } from 'hono-rate-limiter';
import { problem } from '../api/problem';
import { type Log, logLine } from './log';

// Fixed-window rate limits on hono-rate-limiter's middleware, over a store that reads an injected clock
// (the library's MemoryStore and its Retry-After read Date.now themselves, so a test could not move time).

/** At most `limit` requests per `windowMs` milliseconds. */
export interface Limit {
  limit: number;
  windowMs: number;
}

export interface RateLimits {
  /** Seat API requests per bearer token. */
  token: Limit;
  /** Seat API requests per client address, with a token or without. */
  address: Limit;
  /** Failed authentications (no token, or one that is not valid) per client address. */
  authFailures: Limit;
  /** Widget tokens minted per client address: POST /partner/token and the portal page GET /partner. */
  mint: Limit;
}

export type LimitName = keyof RateLimits;

/**
 * Far above what a panel, a widget, the sandbox, the e2e tests or `npm run bench -- --suite server` (about 70
 * requests a second of one token from one address) ask, and far below a flood: 530 wrong tokens a second
 * meet a 429 after the 30th.
 */
export const DEFAULT_LIMITS: RateLimits = {
  token: { limit: 1200, windowMs: 10_000 },
  address: { limit: 2400, windowMs: 10_000 },
  authFailures: { limit: 30, windowMs: 60_000 },
  mint: { limit: 120, windowMs: 60_000 },
};

/** Milliseconds; only differences count, so any clock that does not run backwards will do. */
export type Clock = () => number;

interface Window extends ClientRateLimitInfo {
  resetTime: Date;
  /** Whether this window's first refusal was logged: one line per client and window, not one per request. */
  logged: boolean;
}

/** hono-rate-limiter's Store over fixed windows on `clock`, forgetting ended windows as it goes. */
export class WindowStore implements Store {
  private windowMs = 60_000;
  private readonly windows = new Map<string, Window>();
  private sweepAt = 0;

  constructor(private readonly clock: Clock) {}

  init(options: { windowMs: number }): void {
    this.windowMs = options.windowMs;
  }

  /** The client's current window, if one is open. */
  get(key: string): Window | undefined {
    const window = this.windows.get(key);
    return window && window.resetTime.getTime() > this.clock() ? window : undefined;
  }

  increment(key: string): Window {
    const now = this.clock();
    this.sweep(now);
    let window = this.get(key);
    if (!window) {
      window = { totalHits: 0, resetTime: new Date(now + this.windowMs), logged: false };
      this.windows.set(key, window);
    }
    window.totalHits += 1;
    return window;
  }

  decrement(key: string): void {
    const window = this.get(key);
    if (window && window.totalHits > 0) window.totalHits -= 1;
  }

  resetKey(key: string): void {
    this.windows.delete(key);
  }

  resetAll(): void {
    this.windows.clear();
  }

  /** Drops ended windows at most once per window length, so the map holds recent clients only. */
  private sweep(now: number): void {
    if (now < this.sweepAt) return;
    for (const [key, window] of this.windows) if (window.resetTime.getTime() <= now) this.windows.delete(key);
    this.sweepAt = now + this.windowMs;
  }
}

/** The peer's address as the socket reports it; no proxy header is trusted (a client could write one). */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const address = env?.incoming?.socket?.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

/** Whole seconds until the window ends, at least 1 (RFC 9110 Retry-After). */
const retryAfter = (resetTime: Date, clock: Clock) =>
  Math.max(1, Math.ceil((resetTime.getTime() - clock()) / 1000));

interface Refusal {
  name: LimitName;
  limit: Limit;
  window: Window;
  /** Whom the limit counts, for the log: an address, or a token's owner (never the token). */
  who: string;
}

/** The 429 problem with Retry-After; logs the first refusal of a client's window. */
function tooMany({ name, limit, window, who }: Refusal, clock: Clock, log: Log): Response {
  const seconds = retryAfter(window.resetTime, clock);
  if (!window.logged) {
    window.logged = true;
    const per = `${limit.limit} per ${limit.windowMs / 1000} s`;
    log(logLine('429 rate limited', { limit: name, who, allowed: per, 'retry-after': seconds }));
  }
  return problem(429, `Too many requests; try again in ${seconds} s.`, { 'Retry-After': String(seconds) });
}

export interface LimitOptions {
  limits: RateLimits;
  clock: Clock;
  log: Log;
}

/**
 * A limiter counting every request it sees under `key(c)`; the request beyond the limit and every one after
 * it in the window get a 429.
 */
export function limiter(
  name: LimitName,
  key: (c: Context) => string,
  who: (c: Context) => string,
  { limits, clock, log }: LimitOptions,
): MiddlewareHandler {
  const limit = limits[name];
  const store = new WindowStore(clock);
  return rateLimiter({
    windowMs: limit.windowMs,
    limit: limit.limit,
    // Retry-After alone, from our clock: the library's RateLimit-* headers read Date.now.
    standardHeaders: false,
    store,
    keyGenerator: (c) => `${name}:${key(c)}`,
    handler: (c) => {
      // The window the library just counted this request in (a fresh one, should the clock have moved on).
      const counted = `${name}:${key(c)}`;
      const window = store.get(counted) ?? store.increment(counted);
      return tooMany({ name, limit, window, who: who(c) }, clock, log);
    },
  });
}

/** Failed authentications per address: counted once they fail, refused before any token is checked. */
export interface AuthFailures {
  /** 429 while the request's address has used up its failures in this window. */
  gate: MiddlewareHandler;
  /** Counts a failed authentication against the request's address. */
  record(c: Context): void;
}

/**
 * Not hono-rate-limiter's skipSuccessfulRequests: that counts every request first and takes back the good
 * ones after, so a burst of valid requests in flight would briefly count as failures and meet a 429.
 */
export function authFailures({ limits, clock, log }: LimitOptions): AuthFailures {
  const limit = limits.authFailures;
  const store = new WindowStore(clock);
  store.init(limit);
  return {
    gate: async (c, next) => {
      const address = clientAddress(c);
      const window = store.get(address);
      if (window && window.totalHits >= limit.limit)
        return tooMany({ name: 'authFailures', limit, window, who: address }, clock, log);
      await next();
    },
    record: (c) => {
      store.increment(clientAddress(c));
    },
  };
}
