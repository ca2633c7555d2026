import type { Database } from 'better-sqlite3';
import { largeTenant, largeTenantId } from '../sandbox/large';
import type { SandboxTenant } from '../sandbox/schema';
import { sandboxTenants } from '../sandbox/tenants';

const flag = (value: boolean) => (value ? 1 : 0);

function insertTenant(db: Database, t: SandboxTenant, at: Date): void {
  db.prepare(
    `INSERT INTO tenants (id, name, site, currency, contract_start, contract_end, cycle, warn_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    t.id,
    t.name,
    t.site,
    t.currency,
    t.contract.start,
    t.contract.end ?? null,
    t.contract.cycle,
    t.warnAt,
  );
  const pool = db.prepare(
    `INSERT INTO pools (tenant_id, id, position, label, counts, included, purchased, enforce, billing,
       price_amount, price_per) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  t.pools.forEach((p, i) => {
    const counts = JSON.stringify(p.counts);
    pool.run(t.id, p.id, i, p.label, counts, p.included, p.purchased, p.enforce, p.billing, ...priceOf(p));
  });
  const profile = db.prepare(
    'INSERT INTO profiles (tenant_id, id, position, label, modules) VALUES (?, ?, ?, ?, ?)',
  );
  for (const [i, p] of t.profiles.entries()) profile.run(t.id, p.id, i, p.label, JSON.stringify(p.modules));
  const employee = db.prepare('INSERT INTO employees (tenant_id, id, name, active) VALUES (?, ?, ?, ?)');
  for (const e of t.employees) employee.run(t.id, e.id, e.name, flag(e.active));
  const team = db.prepare('INSERT INTO teams (tenant_id, id, name, archived) VALUES (?, ?, ?, ?)');
  for (const tm of t.teams) team.run(t.id, tm.id, tm.name, flag(tm.archived));
  insertUsers(db, t, at);
}

function priceOf(pool: SandboxTenant['pools'][number]): [number | null, string | null] {
  return pool.price ? [pool.price.amount, pool.price.per] : [null, null];
}

const HOUR = 3_600_000;

function insertUsers(db: Database, t: SandboxTenant, at: Date): void {
  const user = db.prepare(
    `INSERT INTO users (tenant_id, id, name, email, login, employee_id, profile_id, valid_until, billable,
       last_active_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const role = db.prepare('INSERT INTO user_roles (tenant_id, user_id, role) VALUES (?, ?, ?)');
  const member = db.prepare('INSERT INTO team_members (tenant_id, team_id, user_id) VALUES (?, ?, ?)');
  for (const u of t.users) {
    const links = [u.employee ?? null, u.profile ?? null, u.validUntil ?? null];
    const lastActive = new Date(at.getTime() - u.activeHoursAgo * HOUR).toISOString();
    user.run(t.id, u.id, u.name, u.email, flag(u.login), ...links, flag(u.billable), lastActive);
    for (const r of u.roles) role.run(t.id, u.id, r);
    for (const team of u.teams) member.run(t.id, team, u.id);
  }
}

const exists = (db: Database, id: string) =>
  db.prepare('SELECT 1 FROM tenants WHERE id = ?').get(id) !== undefined;

/** Seeds a large tenant and remembers its version, so that a reset knows whether anyone changed it. */
function insertLarge(db: Database, users: number, at: Date): void {
  insertTenant(db, largeTenant(users), at);
  db.prepare('UPDATE tenants SET seeded_version = version WHERE id = ?').run(largeTenantId(users));
}

function reseed(db: Database, at: Date, tenants: readonly SandboxTenant[], large: readonly number[]): void {
  // A large tenant still as seeded stays: generating and inserting 100k users again takes seconds.
  const kept = db
    .prepare<[], { id: string }>('SELECT id FROM tenants WHERE version = seeded_version')
    .all()
    .map((row) => row.id)
    .filter((id) => large.some((users) => largeTenantId(users) === id));
  db.prepare(
    'DELETE FROM tenants WHERE NOT EXISTS (SELECT 1 FROM json_each(?) WHERE value = tenants.id)',
  ).run(JSON.stringify(kept));
  for (const t of tenants) insertTenant(db, t, at);
  for (const users of large) if (!kept.includes(largeTenantId(users))) insertLarge(db, users, at);
}

/**
 * Restores the sandbox: every tenant and what hangs off it is dropped and seeded again, atomically; the
 * large tenants asked for (SEATGUARD_LARGE) too, unless they are still as seeded. `at` is the seeding time
 * that users' last activity is dated from.
 */
export function resetSandbox(
  db: Database,
  at: Date = new Date(),
  tenants: readonly SandboxTenant[] = sandboxTenants,
  large: readonly number[] = [],
): void {
  db.transaction(reseed).immediate(db, at, tenants, large);
}

/** Seeds the sandbox tenants on first start; an existing file keeps its data. */
export function seedIfEmpty(
  db: Database,
  at: Date = new Date(),
  tenants: readonly SandboxTenant[] = sandboxTenants,
): void {
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM tenants');
  db.transaction(() => {
    if (count.get()?.n === 0) reseed(db, at, tenants, []);
  }).immediate();
}

/** Seeds each large tenant (SEATGUARD_LARGE) the file does not have yet; one it has keeps its data. */
export function seedLarge(db: Database, sizes: readonly number[], at: Date = new Date()): void {
  for (const users of sizes) {
    if (exists(db, largeTenantId(users))) continue;
    // Checked again inside the write lock: another process may have seeded it meanwhile.
    db.transaction(() => {
      if (!exists(db, largeTenantId(users))) insertLarge(db, users, at);
    }).immediate();
  }
}
