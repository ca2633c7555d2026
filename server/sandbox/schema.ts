import * as z from 'zod/mini';
import { TenantId } from '../../lib/api/schemas';
import { Contract, Employee, Pool, Profile, Team, User } from '../../lib/rules';

// A sandbox tenant as its file declares it: the rules facts plus the names an admin page shows.

/** Which vendor's admin site a tenant gets (seat-api.md, the sandbox). */
export const SiteId = z.enum(['qics', 'am', 'echo', 'citizenlab', 'large']);

const Name = z.string().check(z.trim(), z.minLength(1));

export const SandboxTenant = z.object({
  id: TenantId,
  name: Name,
  site: SiteId,
  currency: z.string(),
  contract: Contract,
  warnAt: z._default(z.number(), 0.8),
  pools: z.array(z.extend(Pool, { label: Name })),
  profiles: z._default(z.array(z.extend(Profile, { label: Name })), []),
  employees: z._default(z.array(z.extend(Employee, { name: Name })), []),
  teams: z._default(z.array(z.extend(Team, { name: Name })), []),
  users: z.array(
    z.extend(z.omit(User, { lastActiveAt: true }), {
      name: Name,
      email: z.email(),
      /** When the user was last active, in hours before the seeding: lastActiveAt stays plausible at any date. */
      activeHoursAgo: z.int().check(z.nonnegative()),
    }),
  ),
});

export type SiteId = z.output<typeof SiteId>;
export type SandboxTenant = z.output<typeof SandboxTenant>;
export type SandboxTenantInput = z.input<typeof SandboxTenant>;
