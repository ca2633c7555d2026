import type { HostAdapterInput } from '../schema';
import { byAction, sandboxAdapter, userForms } from './sandbox';

// Echometer (002_09172fccc52b2d64.txt): teams are billed, and members only while in an active team.
const teamForms = [
  { form: 'form#team-create', change: { kind: 'add-team' as const } },
  { form: 'form[id^="team-archive-"]', change: { kind: 'archive-team' as const, id: byAction('teams') } },
  { form: 'form[id^="team-restore-"]', change: { kind: 'restore-team' as const, id: byAction('teams') } },
];

const memberFields = { teams: { name: 'teams', type: 'list' as const } };

// Its pages say "du" and "Team-Lizenzen", "Nutzer-Lizenzen" (002), in French "licences" (004). Nothing is
// capped, so there is no limit to raise.
const words: HostAdapterInput['words'] = {
  de: { seat: { one: 'Lizenz', other: 'Lizenzen' }, register: 'informal' },
  fr: { seat: { one: 'licence', other: 'licences' } },
  en: { seat: { one: 'licence', other: 'licences' } },
  nl: { seat: { one: 'licentie', other: 'licenties' }, register: 'informal' },
  sv: { seat: { one: 'licens', other: 'licenser' } },
};

export const echoTeams = sandboxAdapter('echo-teams', 'Echometer, team licences (sandbox)', {
  forms: [...userForms(memberFields), ...teamForms],
  words,
});

export const echoMembers = sandboxAdapter('echo-members', 'Echometer, user licences (sandbox)', {
  forms: [...userForms(memberFields), ...teamForms],
  words,
});
