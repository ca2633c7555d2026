import type { SandboxTenantInput } from '../schema';

// Model D (002_09172fccc52b2d64.txt, Variante 2): only members of a non-archived team are billed.
// 8 members over 4 teams, 1 team archived, 2 members in no active team: 6 billed.

const email = (name: string) =>
  `${name
    .toLowerCase()
    .replaceAll('ö', 'oe')
    .replaceAll(/[^a-z]+/g, '.')}@echo-members.de`;

// The two left in the archived pilot only have not been active since it ended.
const people: [name: string, teams: string[], activeHoursAgo: number][] = [
  ['Julia Schneider', ['t-plattform', 't-data'], 1],
  ['Paul Koch', ['t-plattform'], 4],
  ['Laura Richter', ['t-plattform'], 23],
  ['Tim Klein', ['t-design'], 6],
  ['Anna Wolf', ['t-design', 't-pilot'], 2],
  ['Niklas Schröder', ['t-data'], 49],
  ['Marie Neumann', ['t-pilot'], 40 * 24],
  ['David Schwarz', ['t-pilot'], 52 * 24],
];

export const echoMembers: SandboxTenantInput = {
  id: 'echo-members',
  name: 'Echo Members GmbH',
  site: 'echo',
  currency: 'EUR',
  contract: { start: '2026-01-01', cycle: 'month' },
  pools: [
    {
      id: 'members',
      label: 'Aktive Mitglieder',
      counts: { kind: 'active-members' },
      enforce: 'none',
      billing: 'usage',
      price: { amount: 800, per: 'month' },
    },
  ],
  teams: [
    { id: 't-plattform', name: 'Plattform' },
    { id: 't-design', name: 'Design' },
    { id: 't-data', name: 'Data & Analytics' },
    { id: 't-pilot', name: 'Pilotprojekt 2025', archived: true },
  ],
  users: people.map(([name, teams, activeHoursAgo], i) => ({
    id: `m${i + 1}`,
    name,
    email: email(name),
    teams,
    activeHoursAgo,
  })),
};
