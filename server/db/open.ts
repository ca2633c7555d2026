import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from './migrate';

/** Opens (creating its folder and file when missing) and migrates the sandbox database. */
export function openDatabase(file: string): Database {
  mkdirSync(dirname(file), { recursive: true });
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // A second process (a test, a CLI) waits for the write lock instead of failing at once.
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
