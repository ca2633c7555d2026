import type { Database } from 'better-sqlite3';
import * as z from 'zod/mini';
import { SeatsResponse } from '../../lib/api/schemas';
import type { Policy, PolicyInput, Snapshot, SnapshotInput } from '../../lib/rules';

// The rules' view of a tenant (rules-api.md, with the v1.1 display fields), read from the tables in one go.

export interface TenantFacts {
  policy: Policy;
  /** Without asOf: the seats body stamps the time its version was built. */
  snapshot: Snapshot;
}

interface TenantSql {
  version: number;
  name: string;
  currency: string;
  contract_start: string;
  contract_end: string | null;
  cycle: string;
  warn_at: number;
}

interface PoolSql {
  id: string;
  label: string;
  counts: string;
  included: number;
  purchased: number;
  enforce: string;
  billing: string;
  price_amount: number | null;
  price_per: string | null;
}

function policyOf(db: Database, id: string, t: TenantSql): PolicyInput {
  const pools = db
    .prepare<[string], PoolSql>('SELECT * FROM pools WHERE tenant_id = ? ORDER BY position')
    .all(id)
    .map((p) => ({
      id: p.id,
      label: p.label,
      counts: JSON.parse(p.counts),
      included: p.included,
      purchased: p.purchased,
      enforce: p.enforce,
      billing: p.billing,
      ...(p.price_amount === null ? {} : { price: { amount: p.price_amount, per: p.price_per } }),
    }));
  const contract = {
    start: t.contract_start,
    cycle: t.cycle,
    ...(t.contract_end ? { end: t.contract_end } : {}),
  };
  return {
    tenant: id,
    name: t.name,
    currency: t.currency,
    contract,
    warnAt: t.warn_at,
    pools,
  } as PolicyInput;
}

interface UserSql {
  id: string;
  name: string;
  email: string;
  login: number;
  billable: number;
  last_active_at: string | null;
  employee_id: string | null;
  profile_id: string | null;
  valid_until: string | null;
}

function grouped(rows: { key: string; value: string }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { key, value } of rows) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

function usersOf(db: Database, id: string) {
  const roles = grouped(
    db
      .prepare<[string], { key: string; value: string }>(
        'SELECT user_id AS key, role AS value FROM user_roles WHERE tenant_id = ? ORDER BY role',
      )
      .all(id),
  );
  const teams = grouped(
    db
      .prepare<[string], { key: string; value: string }>(
        'SELECT user_id AS key, team_id AS value FROM team_members WHERE tenant_id = ? ORDER BY team_id',
      )
      .all(id),
  );
  const rows = db.prepare<[string], UserSql>('SELECT * FROM users WHERE tenant_id = ? ORDER BY id').all(id);
  return rows.map((u) => ({
    id: u.id,
    login: u.login === 1,
    ...(u.employee_id ? { employee: u.employee_id } : {}),
    ...(u.profile_id ? { profile: u.profile_id } : {}),
    roles: roles.get(u.id) ?? [],
    teams: teams.get(u.id) ?? [],
    ...(u.valid_until ? { validUntil: u.valid_until } : {}),
    billable: u.billable === 1,
    name: u.name,
    email: u.email,
    ...(u.last_active_at ? { lastActiveAt: u.last_active_at } : {}),
  }));
}

function snapshotOf(db: Database, id: string): SnapshotInput {
  const employees = db
    .prepare<[string], { id: string; active: number }>(
      'SELECT id, active FROM employees WHERE tenant_id = ? ORDER BY id',
    )
    .all(id)
    .map((e) => ({ id: e.id, active: e.active === 1 }));
  const profiles = db
    .prepare<[string], { id: string; modules: string }>(
      'SELECT id, modules FROM profiles WHERE tenant_id = ? ORDER BY position',
    )
    .all(id)
    .map((p) => ({ id: p.id, modules: JSON.parse(p.modules) }));
  const teams = db
    .prepare<[string], { id: string; name: string; archived: number }>(
      'SELECT id, name, archived FROM teams WHERE tenant_id = ? ORDER BY id',
    )
    .all(id)
    .map((t) => ({ id: t.id, archived: t.archived === 1, name: t.name }));
  return { users: usersOf(db, id), employees, profiles, teams };
}

/** A tenant's rows as the rules' input, not yet validated, and the version they were read at. */
export interface RawFacts {
  version: number;
  policy: PolicyInput;
  snapshot: SnapshotInput;
}

/** The tenant's rows in one read transaction (one version of them), or undefined when there is no such tenant. */
export function readRawFacts(db: Database, id: string): RawFacts | undefined {
  return db.transaction(() => {
    const tenant = db.prepare<[string], TenantSql>('SELECT * FROM tenants WHERE id = ?').get(id);
    if (!tenant) return undefined;
    return { version: tenant.version, policy: policyOf(db, id, tenant), snapshot: snapshotOf(db, id) };
  })();
}

/** Validates a tenant's facts once: the Seat API's own schema, whose snapshot check is the rules' one pass. */
export function validFacts(raw: Pick<RawFacts, 'policy' | 'snapshot'>): TenantFacts {
  return z.parse(SeatsResponse, raw);
}
