import type { CountModel } from './types';

// A login plus a profile granting the module takes one licence from that module's pot;
// a past valid-until alone frees nothing (001_9c703775de6d48cc.txt).
export const moduleLicence: CountModel<'module'> = {
  kind: 'module',
  subject: 'user',
  needs: 'profiles',
  takes: (counts, user, facts) => facts.grants(user.profile, counts.module),
};
