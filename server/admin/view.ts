import type { Database } from 'better-sqlite3';
import { evaluate } from '../../lib/rules';
import { readFacts } from '../db/facts';
import { namesOf } from '../db/names';
import type { TenantRow } from '../db/tenants';
import type { TenantView } from './sites/types';

/** Everything an admin page shows about a tenant, read at once. */
export function loadView(db: Database, tenant: TenantRow, now: Date): TenantView {
  const facts = readFacts(db, tenant.id);
  if (!facts) throw new Error(`tenant "${tenant.id}" vanished`);
  const report = evaluate(facts.policy, facts.snapshot, { now: now.toISOString() });
  return { id: tenant.id, name: tenant.name, ...facts, report, names: namesOf(db, tenant.id) };
}
