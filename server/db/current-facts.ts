import type { Database } from 'better-sqlite3';
import { type PreparedTenant, prepareTenant } from '../../lib/rules';
import { readRawFacts, type TenantFacts, validFacts } from './facts';
import { type Names, namesOf } from './names';

// A tenant's facts, prepared for the rules and with their display names, read once per version and kept
// for the admin pages, the support search and the checked writes: at 100k users a read and a prepare
// take about a second, a version check a few microseconds.

export interface CurrentFacts {
  version: number;
  facts: TenantFacts;
  prepared: PreparedTenant;
  names: Names;
  /** What pages derive from the facts at this version (sorted lists, members by team), kept alongside. */
  derived: Map<string, unknown>;
}

const kept = new WeakMap<Database, Map<string, CurrentFacts>>();

/**
 * The tenant's facts at its current version, or undefined when there is no such tenant. Versions stamp every
 * write (migration 3), so facts kept at the current version are exactly what the tables hold.
 */
export function currentFacts(db: Database, tenant: string): CurrentFacts | undefined {
  const byTenant = kept.get(db) ?? new Map<string, CurrentFacts>();
  kept.set(db, byTenant);
  const read = db.transaction(() => {
    const row = db
      .prepare<[string], { version: number }>('SELECT version FROM tenants WHERE id = ?')
      .get(tenant);
    const known = byTenant.get(tenant);
    if (row && known?.version === row.version) return known;
    const raw = row && readRawFacts(db, tenant);
    if (!raw) return undefined;
    const facts = validFacts(raw);
    const prepared = prepareTenant(facts.policy, facts.snapshot);
    return { version: raw.version, facts, prepared, names: namesOf(db, tenant), derived: new Map() };
  });
  const current = read();
  if (current) byTenant.set(tenant, current);
  else byTenant.delete(tenant);
  return current;
}

/** A value derived from the facts at this version, computed on first use. */
export function derived<T>(current: CurrentFacts, key: string, make: () => T): T {
  if (!current.derived.has(key)) current.derived.set(key, make());
  return current.derived.get(key) as T;
}
