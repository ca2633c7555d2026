// Schema versions in order; PRAGMA user_version counts how many have run. Append, never edit a shipped one.
export const migrations: readonly string[] = [
  `
  CREATE TABLE tenants (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    site TEXT NOT NULL,
    currency TEXT NOT NULL,
    contract_start TEXT NOT NULL,
    contract_end TEXT,
    cycle TEXT NOT NULL CHECK (cycle IN ('month', 'year')),
    warn_at REAL NOT NULL
  ) STRICT;

  CREATE TABLE pools (
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    counts TEXT NOT NULL CHECK (json_valid(counts)),
    included INTEGER NOT NULL CHECK (included >= 0),
    purchased INTEGER NOT NULL CHECK (purchased >= 0),
    enforce TEXT NOT NULL,
    billing TEXT NOT NULL,
    price_amount INTEGER,
    price_per TEXT,
    PRIMARY KEY (tenant_id, id)
  ) STRICT;

  CREATE TABLE profiles (
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    modules TEXT NOT NULL CHECK (json_valid(modules)),
    PRIMARY KEY (tenant_id, id)
  ) STRICT;

  CREATE TABLE employees (
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    active INTEGER NOT NULL CHECK (active IN (0, 1)),
    PRIMARY KEY (tenant_id, id)
  ) STRICT;

  CREATE TABLE teams (
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    archived INTEGER NOT NULL CHECK (archived IN (0, 1)),
    PRIMARY KEY (tenant_id, id)
  ) STRICT;

  CREATE TABLE users (
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    login INTEGER NOT NULL CHECK (login IN (0, 1)),
    employee_id TEXT,
    profile_id TEXT,
    valid_until TEXT,
    PRIMARY KEY (tenant_id, id),
    -- An employee is linked to at most one user (000_f86646bbf488b9ea.txt).
    UNIQUE (tenant_id, employee_id),
    FOREIGN KEY (tenant_id, employee_id) REFERENCES employees (tenant_id, id),
    FOREIGN KEY (tenant_id, profile_id) REFERENCES profiles (tenant_id, id)
  ) STRICT;

  CREATE TABLE user_roles (
    tenant_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (tenant_id, user_id, role),
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
  ) STRICT;

  CREATE TABLE team_members (
    tenant_id TEXT NOT NULL,
    team_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (tenant_id, team_id, user_id),
    FOREIGN KEY (tenant_id, team_id) REFERENCES teams (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
  ) STRICT;

  CREATE TABLE licence_orders (
    id INTEGER PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    pool_id TEXT NOT NULL,
    ordered_on TEXT NOT NULL,
    purchased_before INTEGER NOT NULL,
    purchased_after INTEGER NOT NULL,
    amount INTEGER,
    per TEXT,
    prorated INTEGER NOT NULL CHECK (prorated IN (0, 1)),
    effective TEXT NOT NULL,
    valid_to TEXT,
    FOREIGN KEY (tenant_id, pool_id) REFERENCES pools (tenant_id, id) ON DELETE CASCADE
  ) STRICT;
  `,
  // Contract v1.1 (seat-api.md): a vendor's own staff take no seat (003_129daf66f7fe1fe3.txt), and when
  // each user was last active, shown wherever people are listed.
  `
  ALTER TABLE users ADD COLUMN billable INTEGER NOT NULL DEFAULT 1 CHECK (billable IN (0, 1));
  ALTER TABLE users ADD COLUMN last_active_at TEXT;
  `,
  // Issue 2/4: the Seat API builds a tenant's body once per version, so every write to a table that holds
  // tenant facts stamps the tenant with the next tick of one clock. The clock never goes back, not even
  // over a reset's delete and re-insert, so a version names one state of the facts in every process.
  `
  CREATE TABLE fact_clock (id INTEGER PRIMARY KEY CHECK (id = 1), tick INTEGER NOT NULL) STRICT;
  INSERT INTO fact_clock (id, tick) VALUES (1, 0);
  ALTER TABLE tenants ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
  -- The version a tenant had when seeded: a reset keeps a large tenant that nobody changed since.
  ALTER TABLE tenants ADD COLUMN seeded_version INTEGER;
  -- Deleting a user (or a reset deleting 100k) cascades to memberships and checks profiles by these.
  CREATE INDEX team_members_by_user ON team_members (tenant_id, user_id);
  CREATE INDEX users_by_profile ON users (tenant_id, profile_id);
  ${['tenants', 'pools', 'profiles', 'employees', 'teams', 'users', 'user_roles', 'team_members']
    .flatMap((table) => ['INSERT', 'UPDATE', 'DELETE'].map((event) => versionTrigger(table, event)))
    .join('\n')}
  `,
];

/** A trigger that moves the clock on and stamps the changed row's tenant with the new tick. */
function versionTrigger(table: string, event: string): string {
  const row = event === 'DELETE' ? 'OLD' : 'NEW';
  const tenant = table === 'tenants' ? `${row}.id` : `${row}.tenant_id`;
  // On tenants only the facts columns count: the stamp itself must not fire the trigger again.
  const what =
    table === 'tenants' && event === 'UPDATE'
      ? 'UPDATE OF name, site, currency, contract_start, contract_end, cycle, warn_at'
      : event;
  return `CREATE TRIGGER ${table}_${event.toLowerCase()}_version AFTER ${what} ON ${table} BEGIN
    UPDATE fact_clock SET tick = tick + 1;
    UPDATE tenants SET version = (SELECT tick FROM fact_clock) WHERE id = ${tenant};
  END;`;
}
