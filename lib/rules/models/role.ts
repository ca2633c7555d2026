import type { Counts } from '../schemas';
import type { CountModel } from './types';

type RoleCounts = Extract<Counts, { kind: 'role' }>;

// Built once per pool, so that a user with many roles is checked in time linear in their roles.
const roleSets = new WeakMap<RoleCounts, ReadonlySet<string>>();

/** The roles a pool counts: `role`, or any of `roles` (rules-api.md v1.1 4). */
export function poolRoles(counts: RoleCounts): ReadonlySet<string> {
  let roles = roleSets.get(counts);
  if (!roles) {
    roles = new Set(counts.roles ?? (counts.role === undefined ? [] : [counts.role]));
    roleSets.set(counts, roles);
  }
  return roles;
}

// Admin and folder/project manager seats (003_129daf66f7fe1fe3.txt); one seat per person,
// in the first role pool of the policy that the person's roles match (rules-api.md). Go Vocal's
// project and folder moderators share one manager pool, hence pools of several roles.
export const role: CountModel<'role'> = {
  kind: 'role',
  subject: 'user',
  exclusive: true,
  takes: (counts, user) => {
    const roles = poolRoles(counts);
    return user.roles.some((held) => roles.has(held));
  },
};
