import type { CountModel } from './types';

// Admin and folder/project manager seats (003_129daf66f7fe1fe3.txt); one seat per person,
// in the first role pool of the policy that the person's roles match (rules-api.md).
export const role: CountModel<'role'> = {
  kind: 'role',
  subject: 'user',
  exclusive: true,
  takes: (counts, user) => user.roles.includes(counts.role),
};
