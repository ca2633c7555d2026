import type { Database } from 'better-sqlite3';
import type { Tokens } from './api/tokens';
import type { WidgetTokens } from './api/widget-tokens';

/** What the app's routes share: the database, the tokens, the allowed origins, the clock and the widget tokens. */
export interface Deps {
  db: Database;
  tokens: Tokens;
  corsOrigins: readonly string[];
  now: () => Date;
  /** Mints and checks partner portals' short-lived widget tokens. */
  widgetTokens: WidgetTokens;
}
