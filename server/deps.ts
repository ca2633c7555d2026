import type { Database } from 'better-sqlite3';
import type { Tokens } from './api/tokens';

/** What the app's routes share: the database, the tokens, the allowed origins and the clock. */
export interface Deps {
  db: Database;
  tokens: Tokens;
  corsOrigins: readonly string[];
  now: () => Date;
}
