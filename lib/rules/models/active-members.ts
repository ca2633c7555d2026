import type { CountModel } from './types';

// Only members of at least one non-archived team are billed (002_09172fccc52b2d64.txt, Variante 2).
export const activeMembers: CountModel<'active-members'> = {
  kind: 'active-members',
  subject: 'user',
  needs: 'teams',
  takes: (_counts, user, facts) => user.teams.some((team) => facts.isTeamActive(team)),
};
