import type { CountModel } from './types';

// Every user who can log in takes a seat, linked to an employee or not;
// an employee without a user never does (000_f86646bbf488b9ea.txt, cases 1–3).
export const logins: CountModel<'logins'> = {
  kind: 'logins',
  subject: 'user',
  takes: () => true,
};
