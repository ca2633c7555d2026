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
import { partnerPortal } from './partner';
import { createSeatsCache, type SeatsCache } from './seats/cache';

export interface AppOptions {
  db: Database;
  tokens: Tokens;
  /** Origins of the embedding portals allowed to call the Seat API from a browser. */
  corsOrigins: string[];
  now?: () => Date;
  /** Default: a cache of its own over `db`, whose builder thread ends with the process. */
  seats?: SeatsCache;
  /** The large sandbox tenants' sizes (SEATGUARD_LARGE). */
  large?: readonly number[];
}

// Pages carry no script at all and post only to themselves; the extension's UI lives in its own shadow root.
const pageHeaders = secureHeaders({
  // Served over plain http on loopback, where HSTS means nothing.
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
  const seats = options.seats ?? createSeatsCache({ db, now });
  // A fresh key per start: widget tokens live minutes, and a restart simply has the portal mint new ones.
  const widgetTokens = createWidgetTokens(randomBytes(32));
  const deps: Deps = { db, tokens, corsOrigins, now, widgetTokens, seats, large };
  const app = new Hono();
  app.use('/t/*', pageHeaders);
  app.use('/', pageHeaders);
  app.route('/v1', seatApi(deps));
  app.route('/t/:tenant/admin', adminSite(deps));
  app.route('/partner', partnerPortal(deps));
  sandboxHome(app, deps);
  app.notFound(notFound);
  app.onError(onError);
  return app;
}
