import type { Database } from 'better-sqlite3';

export function insertTeam(db: Database, tenant: string, id: string, name: string): void {
  db.prepare('INSERT INTO teams (tenant_id, id, name, archived) VALUES (?, ?, ?, 0)').run(tenant, id, name);
}

/** Archived teams keep their members, so restoring one brings them back (002_09172fccc52b2d64.txt). */
export function setTeamArchived(db: Database, tenant: string, id: string, archived: boolean): void {
  db.prepare('UPDATE teams SET archived = ? WHERE tenant_id = ? AND id = ?').run(
    archived ? 1 : 0,
    tenant,
    id,
  );
}
