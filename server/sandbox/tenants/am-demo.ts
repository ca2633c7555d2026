import type { SandboxTenantInput } from '../schema';

// Model B (001_9c703775de6d48cc.txt): a licence pot per module; a login with a profile takes one
// licence per module the profile grants. A past "Gäller t o m" alone frees nothing.

const people: [name: string, profile: string, activeHoursAgo: number, validUntil?: string][] = [
  ['Anna Lindqvist', 'full', 1],
  ['Erik Johansson', 'full', 4],
  ['Maria Nilsson', 'full', 22],
  ['Lars Andersson', 'full', 2],
  ['Karin Eriksson', 'full', 27],
  ['Johan Persson', 'case', 6],
  ['Sofia Karlsson', 'case', 3],
  ['Per Gustafsson', 'case', 50],
  ['Elin Olsson', 'case', 8],
  ['Mikael Larsson', 'none', 5 * 24],
  ['Ingrid Svensson', 'none', 12 * 24],
  // Left in June: no activity since, yet the login still holds both licences.
  ['Björn Holm', 'full', 150 * 24, '2026-06-30'],
];

const email = (name: string) =>
  `${name
    .toLowerCase()
    .normalize('NFD')
    .replaceAll(/[\u0300-\u036f]/g, '')
    .replaceAll(/[^a-z]+/g, '.')}@norrby.se`;

export const amDemo: SandboxTenantInput = {
  id: 'am-demo',
  name: 'Norrby kommun',
  site: 'am',
  currency: 'SEK',
  contract: { start: '2026-01-01', cycle: 'year' },
  pools: [
    {
      id: 'case',
      label: 'Ärende',
      counts: { kind: 'module', module: 'case' },
      purchased: 12,
      enforce: 'block',
      billing: 'purchased',
    },
    {
      id: 'document',
      label: 'Dokument',
      counts: { kind: 'module', module: 'document' },
      purchased: 6,
      enforce: 'block',
      billing: 'purchased',
    },
  ],
  profiles: [
    { id: 'full', label: 'Handläggare (Ärende och Dokument)', modules: ['case', 'document'] },
    { id: 'case', label: 'Ärendehandläggare (Ärende)', modules: ['case'] },
    { id: 'none', label: 'Utan moduler', modules: [] },
  ],
  users: people.map(([name, profile, activeHoursAgo, validUntil], i) => ({
    id: `p${String(i + 1).padStart(2, '0')}`,
    name,
    email: email(name),
    profile,
    activeHoursAgo,
    ...(validUntil ? { validUntil } : {}),
  })),
};
