import type { SandboxTenantInput } from '../schema';

// Model C (002_09172fccc52b2d64.txt, Variante 1): every non-archived team is billed as one unit.
// 5 teams, 1 archived, 1 active but empty: 4 billed.

const email = (name: string) =>
  `${name
    .toLowerCase()
    .replaceAll('ü', 'ue')
    .replaceAll(/[^a-z]+/g, '.')}@echo-teams.de`;

const people: [name: string, teams: string[], activeHoursAgo: number][] = [
  ['Lukas Müller', ['t-produkt', 't-vertrieb'], 2],
  ['Sophie Schmidt', ['t-produkt'], 5],
  ['Jonas Weber', ['t-produkt'], 30],
  ['Lea Fischer', ['t-vertrieb'], 7],
  ['Felix Wagner', ['t-service'], 3],
  ['Hannah Becker', ['t-service', 't-alpha'], 26],
  ['Maximilian Hoffmann', ['t-alpha'], 35 * 24],
];

export const echoTeams: SandboxTenantInput = {
  id: 'echo-teams',
  name: 'Echo Teams GmbH',
  site: 'echo',
  currency: 'EUR',
  contract: { start: '2026-01-01', cycle: 'month' },
  pools: [
    {
      id: 'teams',
      label: 'Teams',
      counts: { kind: 'teams' },
      enforce: 'none',
      billing: 'usage',
      price: { amount: 4900, per: 'month' },
    },
  ],
  teams: [
    { id: 't-produkt', name: 'Produktentwicklung' },
    { id: 't-vertrieb', name: 'Vertrieb' },
    { id: 't-service', name: 'Kundenservice' },
    { id: 't-marketing', name: 'Marketing' },
    { id: 't-alpha', name: 'Projekt Alpha', archived: true },
  ],
  users: people.map(([name, teams, activeHoursAgo], i) => ({
    id: `m${i + 1}`,
    name,
    email: email(name),
    teams,
    activeHoursAgo,
  })),
};
