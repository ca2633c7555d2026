import type { Database } from 'better-sqlite3';

/** Display names by id, for the admin pages: users and teams as the facts carry them, employees and profiles too. */
export interface Names {
  users: ReadonlyMap<string, { name: string; email: string }>;
  employees: ReadonlyMap<string, string>;
  teams: ReadonlyMap<string, string>;
  profiles: ReadonlyMap<string, string>;
}

function mapOf(db: Database, sql: string, tenant: string): Map<string, string> {
  const rows = db.prepare<[string], { id: string; name: string }>(sql).all(tenant);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Display names of a tenant's users, employees, teams and profiles. */
export function namesOf(db: Database, tenant: string): Names {
  const users = db
    .prepare<[string], { id: string; name: string; email: string }>(
      'SELECT id, name, email FROM users WHERE tenant_id = ?',
    )
    .all(tenant);
  return {
    users: new Map(users.map((u) => [u.id, { name: u.name, email: u.email }])),
    employees: mapOf(db, 'SELECT id, name FROM employees WHERE tenant_id = ?', tenant),
    teams: mapOf(db, 'SELECT id, name FROM teams WHERE tenant_id = ?', tenant),
    profiles: mapOf(db, 'SELECT id, label AS name FROM profiles WHERE tenant_id = ?', tenant),
  };
}
