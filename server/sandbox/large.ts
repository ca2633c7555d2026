import * as z from 'zod/mini';
import { generateTenant } from './generate';
import { type SandboxTenant, SandboxTenant as Schema } from './schema';

// The sandbox's tenants at size (SEATGUARD_LARGE, issue 2/4): the rules benchmark's generated tenant with
// the names, e-mails and labels an admin page shows, seeded only when asked for.

const PREFIX = 'large-';

/** `large-100000` for 100,000 users. */
export const largeTenantId = (users: number) => `${PREFIX}${users}`;

/** The admin site's name for a large tenant, known without generating it (the start banner lists it). */
const largeTenantName = (users: number) => `Large ${users.toLocaleString('en')} Ltd`;

/** A large tenant's id and name, for the start banner. */
export const largeListing = (users: number) => ({ id: largeTenantId(users), name: largeTenantName(users) });

const FIRST = [
  'Ada',
  'Ben',
  'Chloé',
  'Dario',
  'Elif',
  'Femi',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kai',
  'Lena',
];
const LAST = ['Andersen', 'Bakker', 'Costa', 'Dubois', 'Eriksson', 'Fischer', 'García', 'Horvat', 'Ivanova'];

const POOL_LABELS: Record<string, string> = {
  users: 'Users',
  employees: 'Employees',
  case: 'Case module',
  teams: 'Teams',
  members: 'Active members',
  admins: 'Admins',
  managers: 'Managers',
};

function person(i: number): { name: string; email: string } {
  const first = FIRST[i % FIRST.length] ?? 'Ada';
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length] ?? 'Andersen';
  // Numbered, so every address is unique and a page of names tells people apart.
  const name = `${first} ${last} ${i}`;
  const local = `${first}.${last}.${i}`.normalize('NFD').replace(/[^A-Za-z0-9.]/g, '');
  return { name, email: `${local.toLowerCase()}@example.com` };
}

/**
 * A large sandbox tenant of `users` users with every kind of pool. The logins pool buys exactly the seats
 * its users hold, so the tenant starts full and the guard blocks the next user with a login.
 */
export function largeTenant(users: number): SandboxTenant {
  const generated = generateTenant(users);
  const { policy, snapshot } = generated;
  const withLogin = (snapshot.users ?? []).filter((u) => u.login !== false).length;
  const pools = policy.pools.map((p) =>
    p.counts.kind === 'logins' ? { ...p, purchased: Math.max(0, withLogin - (p.included ?? 0)) } : p,
  );
  // The generator hands out a manager role too; a pool for it lets the admin form offer the role.
  const managers = {
    id: 'managers',
    counts: { kind: 'role' as const, role: 'manager' },
    purchased: Math.round(users * 0.05),
    enforce: 'warn' as const,
    billing: 'purchased' as const,
  };
  const tenant = {
    id: largeTenantId(users),
    name: largeTenantName(users),
    site: 'large',
    currency: policy.currency,
    contract: policy.contract,
    warnAt: policy.warnAt,
    pools: [...pools, managers].map((p) => ({ ...p, label: POOL_LABELS[p.id] ?? p.id })),
    profiles: (snapshot.profiles ?? []).map((p, i) => ({
      ...p,
      label: i === 0 ? 'No modules' : `Profile ${i}`,
    })),
    employees: (snapshot.employees ?? []).map((e) => ({ ...e, name: `Employee ${e.id}` })),
    teams: (snapshot.teams ?? []).map((t) => ({ ...t, name: `Team ${t.id.slice(1)}` })),
    users: (snapshot.users ?? []).map((u, i) => ({
      ...u,
      ...person(i),
      // Spread over the past 90 days, so that the panel finds some inactive members to suggest.
      activeHoursAgo: (i * 37) % (90 * 24),
    })),
  };
  return z.parse(Schema, tenant);
}
