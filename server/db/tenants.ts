import type { Database } from 'better-sqlite3';
import * as z from 'zod/mini';
import { SiteId } from '../sandbox/schema';

const TenantRow = z.object({ id: z.string(), name: z.string(), site: SiteId });
export type TenantRow = z.output<typeof TenantRow>;

export function listTenants(db: Database): TenantRow[] {
  const rows = db.prepare('SELECT id, name, site FROM tenants ORDER BY id').all();
  return z.parse(z.array(TenantRow), rows);
}

export function findTenant(db: Database, id: string): TenantRow | undefined {
  const row = db.prepare('SELECT id, name, site FROM tenants WHERE id = ?').get(id);
  return row === undefined ? undefined : z.parse(TenantRow, row);
}
