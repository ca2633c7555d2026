import type { CountModel } from './types';

// Every non-archived team is billed as one unit (002_09172fccc52b2d64.txt, Variante 1).
export const teams: CountModel<'teams'> = {
  kind: 'teams',
  subject: 'team',
  takes: (_counts, team) => !team.archived,
};
