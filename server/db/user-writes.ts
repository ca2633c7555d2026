import type { Database } from 'better-sqlite3';
import type { User } from '../../lib/rules';

/** Inserts or replaces a user with its roles and team memberships; the name and e-mail are as typed. */
export function saveUser(
  db: Database,
  tenant: string,
  user: User,
  person: { name: string; email: string },
): void {
  db.prepare(
    `INSERT INTO users (tenant_id, id, name, email, login, employee_id, profile_id, valid_until, billable,
       last_active_at)
     VALUES (@tenant, @id, @name, @email, @login, @employee, @profile, @validUntil, @billable, @lastActiveAt)
     ON CONFLICT (tenant_id, id) DO UPDATE SET name = @name, email = @email, login = @login,
       employee_id = @employee, profile_id = @profile, valid_until = @validUntil, billable = @billable,
       last_active_at = @lastActiveAt`,
  ).run({
    tenant,
    id: user.id,
    ...person,
    login: user.login ? 1 : 0,
    employee: user.employee ?? null,
    profile: user.profile ?? null,
    validUntil: user.validUntil ?? null,
    billable: user.billable ? 1 : 0,
    lastActiveAt: user.lastActiveAt ?? null,
  });
  db.prepare('DELETE FROM user_roles WHERE tenant_id = ? AND user_id = ?').run(tenant, user.id);
  db.prepare('DELETE FROM team_members WHERE tenant_id = ? AND user_id = ?').run(tenant, user.id);
  const role = db.prepare('INSERT INTO user_roles (tenant_id, user_id, role) VALUES (?, ?, ?)');
  for (const r of user.roles) role.run(tenant, user.id, r);
  const member = db.prepare('INSERT INTO team_members (tenant_id, team_id, user_id) VALUES (?, ?, ?)');
  for (const t of user.teams) member.run(tenant, t, user.id);
}

/** Roles and memberships go with the user (ON DELETE CASCADE); a linked employee stays. */
export function deleteUser(db: Database, tenant: string, id: string): void {
  db.prepare('DELETE FROM users WHERE tenant_id = ? AND id = ?').run(tenant, id);
}
