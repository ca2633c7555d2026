import { byAction, licenceForm, sandboxAdapter, sandboxPages, userForms } from './sandbox';

// The sandbox's tenants at size (SEATGUARD_LARGE, server/sandbox/large.ts): one generic admin site for every
// `large-N` tenant, with every kind of pool, so the user form sets all that a user's seats depend on.
const userFields = {
  login: { name: 'login', type: 'flag' as const },
  employee: { name: 'employee' },
  profile: { name: 'profile' },
  validUntil: { name: 'validUntil' },
  teams: { name: 'teams', type: 'list' as const },
  roles: { name: 'roles', type: 'list' as const },
};

const teamForms = [
  { form: 'form#team-create', change: { kind: 'add-team' as const } },
  { form: 'form[id^="team-archive-"]', change: { kind: 'archive-team' as const, id: byAction('teams') } },
  { form: 'form[id^="team-restore-"]', change: { kind: 'restore-team' as const, id: byAction('teams') } },
];

export const large = sandboxAdapter('large', 'Northwind People, large tenants (sandbox)', {
  matches: sandboxPages('large-*'),
  forms: [...userForms(userFields), ...teamForms, licenceForm],
});
