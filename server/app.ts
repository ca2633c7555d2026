import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { adminSite } from './admin';
import { seatApi } from './api';
import type { Tokens } from './api/tokens';
import { createWidgetTokens } from './api/widget-tokens';
import type { Deps } from './deps';
import { notFound, onError } from './errors';
import { sandboxHome } from './home';
import { type Log, stderrLog } from './http/log';
import { hostCheck, ownOrigins } from './http/origins';
import { type Clock, DEFAULT_LIMITS, type RateLimits } from './http/rate-limit';
import { partnerPortal } from './partner';
import { createSeatsCache, type SeatsCache } from './seats/cache';

export interface AppOptions {
  db: Database;
  tokens: Tokens;
  /** Origins of the embedding portals allowed to call the Seat API from a browser. */
  corsOrigins: string[];
  /**
   * The origins this server is reached at (its loopback origins, SEATGUARD_PUBLIC_ORIGIN): a request for any
   * other host is refused, and only pages of these origins may post to its forms and token endpoint.
   */
  origins: readonly string[];
  now?: () => Date;
  /** Default: a cache of its own over `db`, whose builder thread ends with the process. */
  seats?: SeatsCache;
  /** The large sandbox tenants' sizes (SEATGUARD_LARGE). */
  large?: readonly number[];
  /** Overrides of DEFAULT_LIMITS (SEATGUARD_RATE_LIMITS). */
  limits?: Partial<RateLimits>;
  /** The rate-limit windows' clock in milliseconds; default Date.now. */
  clock?: Clock;
  /** Where log lines go (failed authentications, rate limits, failures); default stderr. */
  log?: Log;
}

// Every answer, the Seat API's, errors and static files included: no MIME sniffing, no framing, and no URL
// (tenant and user ids are in them) sent to another origin. `same-origin` rather than `no-referrer`: under
// no-referrer browsers send `Origin: null` with the admin's own form posts, and the CSRF check reads Origin.
const everyResponse = secureHeaders({
  // Served over plain http on loopback, where HSTS means nothing; a TLS proxy in front sets its own.
  strictTransportSecurity: false,
  referrerPolicy: 'same-origin',
  // Resource and opener policies stay with the pages: portals and the extension read the API cross-origin.
  crossOriginResourcePolicy: false,
  crossOriginOpenerPolicy: false,
});

// Pages carry no script at all and post only to themselves; the extension's UI lives in its own shadow root.
// The referrer policy is everyResponse's, which runs outermost and sets its headers last.
const pageHeaders = secureHeaders({
  strictTransportSecurity: false,
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'none'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
});

/** The reference Seat API and the sandbox admin sites, without listening (testable with app.request). */
export function createApp(options: AppOptions): Hono {
  const { db, tokens, corsOrigins, now = () => new Date(), large = [] } = options;
  const { clock = Date.now, log = stderrLog } = options;
  const seats = options.seats ?? createSeatsCache({ db, now });
  // A fresh key per start: widget tokens live minutes, and a restart simply has the portal mint new ones.
  const widgetTokens = createWidgetTokens(randomBytes(32));
  const limits = { limits: { ...DEFAULT_LIMITS, ...options.limits }, clock, log };
  const own = ownOrigins(options.origins);
  const deps: Deps = { db, tokens, corsOrigins, now, widgetTokens, seats, large, own, limits, log };
  const app = new Hono();
  app.use('*', everyResponse);
  app.use('*', hostCheck(own));
  app.use('/t/*', pageHeaders);
  app.use('/', pageHeaders);
  app.route('/v1', seatApi(deps));
  app.route('/t/:tenant/admin', adminSite(deps));
  app.route('/partner', partnerPortal(deps));
  sandboxHome(app, deps);
  app.notFound(notFound);
  app.onError(onError(log));
  return app;
}
