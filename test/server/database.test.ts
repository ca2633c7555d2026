import { rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate';
import { migrations } from '../../server/db/migrations';
import { openDatabase } from '../../server/db/open';
import { resetSandbox, seedIfEmpty } from '../../server/db/seed';
import { tempDataFile } from './helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fresh() {
  const data = tempDataFile();
  dirs.push(data.dir);
  return data;
}

const count = (db: BetterSqlite3.Database, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('the database', () => {
  it('opens in WAL mode with foreign keys on, migrated to the last version', () => {
    const db = openDatabase(fresh().dataFile);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });

  it('applies only the migrations a file has not seen, and refuses a newer file', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, ['CREATE TABLE a (x INTEGER)']);
    migrate(db, ['CREATE TABLE a (x INTEGER)', 'CREATE TABLE b (y INTEGER)']);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(() => migrate(db, ['CREATE TABLE a (x INTEGER)'])).toThrow(/newer than this server/);
    db.close();
  });

  it('brings a version 1 file to v1.1: its users are billable and have no last activity yet', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, migrations.slice(0, 1));
    db.prepare(
      "INSERT INTO tenants VALUES ('t', 'T', 'qics', 'EUR', '2026-01-01', NULL, 'month', 0.8)",
    ).run();
    db.prepare(
      "INSERT INTO users (tenant_id, id, name, email, login) VALUES ('t', 'u1', 'U', 'u@t.nl', 1)",
    ).run();
    migrate(db);
    expect(db.prepare('SELECT billable, last_active_at FROM users').get()).toEqual({
      billable: 1,
      last_active_at: null,
    });
    expect(() => db.prepare("UPDATE users SET billable = 2 WHERE id = 'u1'").run()).toThrow(/CHECK/);
    db.close();
  });

  it('rolls a failing migration back as a whole', () => {
    const db = new BetterSqlite3(':memory:');
    expect(() => migrate(db, ['CREATE TABLE a (x INTEGER)', 'NOT SQL'])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'a'").get()).toEqual({ n: 0 });
    db.close();
  });

  it.each([
    ['seeding', (db: BetterSqlite3.Database, at: Date) => seedIfEmpty(db, at)],
    ['a reset', (db: BetterSqlite3.Database, at: Date) => resetSandbox(db, at)],
  ])('%s dates every user’s last activity before its own time, as RFC 3339 UTC', (_name, seed) => {
    const db = openDatabase(fresh().dataFile);
    const at = new Date('2026-11-22T09:00:00Z');
    seed(db, at);
    const rows = db.prepare('SELECT last_active_at AS last FROM users').all() as { last: string }[];
    expect(rows).toHaveLength(63);
    for (const { last } of rows) {
      expect(last).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(Date.parse(last)).toBeLessThan(at.getTime());
    }
    db.close();
  });

  it('seeds once; reset drops every change and seeds again', () => {
    const db = openDatabase(fresh().dataFile);
    seedIfEmpty(db);
    expect(count(db, 'tenants')).toBe(5);
    db.prepare("DELETE FROM users WHERE tenant_id = 'qics-demo'").run();
    seedIfEmpty(db);
    expect(db.prepare("SELECT count(*) AS n FROM users WHERE tenant_id = 'qics-demo'").get()).toEqual({
      n: 0,
    });
    resetSandbox(db);
    expect(db.prepare("SELECT count(*) AS n FROM users WHERE tenant_id = 'qics-demo'").get()).toEqual({
      n: 25,
    });
    expect(count(db, 'users')).toBe(25 + 12 + 7 + 8 + 11);
    db.close();
  });

  it('refuses rows that break a reference', () => {
    const db = openDatabase(fresh().dataFile);
    seedIfEmpty(db);
    const link = db.prepare(
      "UPDATE users SET employee_id = 'e99' WHERE tenant_id = 'qics-demo' AND id = 'u23'",
    );
    expect(() => link.run()).toThrow(/FOREIGN KEY/);
    const twice = db.prepare(
      "UPDATE users SET employee_id = 'e01' WHERE tenant_id = 'qics-demo' AND id = 'u23'",
    );
    expect(() => twice.run()).toThrow(/UNIQUE/);
    db.close();
  });
});
