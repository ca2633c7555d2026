import type { Database } from 'better-sqlite3';
import { migrations as all } from './migrations';

/** Applies the migrations the file has not seen yet, in one transaction, and records the new version. */
export function migrate(db: Database, migrations: readonly string[] = all): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) {
    throw new Error(`database schema version ${version} is newer than this server (${migrations.length})`);
  }
  const run = db.transaction(() => {
    migrations.slice(version).forEach((sql, i) => {
      db.exec(sql);
      db.pragma(`user_version = ${version + i + 1}`);
    });
  });
  run.immediate();
}
