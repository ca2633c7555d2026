import type { Database } from 'better-sqlite3';
import { currentFacts } from '../db/current-facts';
import type { TenantRow } from '../db/tenants';
import type { TenantView } from './sites/types';

/** Everything an admin page shows about a tenant: its facts as kept at their version, the report as of now. */
export function loadView(db: Database, tenant: TenantRow, now: Date): TenantView {
  const current = currentFacts(db, tenant.id);
  if (!current) throw new Error(`tenant "${tenant.id}" vanished`);
  const report = current.prepared.report({ now: now.toISOString() });
  return { id: tenant.id, name: tenant.name, ...current.facts, report, names: current.names, current };
}
