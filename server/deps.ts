import type { Database } from 'better-sqlite3';
import type { Tokens } from './api/tokens';
import type { WidgetTokens } from './api/widget-tokens';
import type { Log } from './http/log';
import type { OwnOrigins } from './http/origins';
import type { LimitOptions } from './http/rate-limit';
import type { SeatsCache } from './seats/cache';

/** What the app's routes share: the database, the tokens, the allowed origins, the clock, the widget tokens and the seats bodies. */
export interface Deps {
  db: Database;
  tokens: Tokens;
  corsOrigins: readonly string[];
  now: () => Date;
  /** Mints and checks partner portals' short-lived widget tokens. */
  widgetTokens: WidgetTokens;
  /** Each tenant's seats body, built once per version. */
  seats: SeatsCache;
  /** The large sandbox tenants' sizes (SEATGUARD_LARGE), which a reset restores too. */
  large: readonly number[];
  /** The origins this server is reached at: the only hosts it answers and the only pages that may post to it. */
  own: OwnOrigins;
  /** The rate limits, their clock and the log their refusals go to. */
  limits: LimitOptions;
  log: Log;
}
