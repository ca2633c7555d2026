import { byAction, sandboxAdapter, userForms } from './sandbox';

// Echometer (002_09172fccc52b2d64.txt): teams are billed, and members only while in an active team.
const teamForms = [
  { form: 'form#team-create', change: { kind: 'add-team' as const } },
  { form: 'form[id^="team-archive-"]', change: { kind: 'archive-team' as const, id: byAction('teams') } },
  { form: 'form[id^="team-restore-"]', change: { kind: 'restore-team' as const, id: byAction('teams') } },
];

const memberFields = { teams: { name: 'teams', type: 'list' as const } };

export const echoTeams = sandboxAdapter('echo-teams', 'Echometer, team licences (sandbox)', {
  forms: [...userForms(memberFields), ...teamForms],
});

export const echoMembers = sandboxAdapter('echo-members', 'Echometer, user licences (sandbox)', {
  forms: [...userForms(memberFields), ...teamForms],
});
