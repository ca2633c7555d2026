import type { SandboxTenantInput } from '../schema';

// Model E (003_129daf66f7fe1fe3.txt): 2 admin and 3 map-/projectbeheerder seats included; extra seats are
// bought per year at EUR 950 / 600 from the order date and prorated when the contract ends sooner.

type Role = 'admin' | 'project-moderator' | 'folder-moderator';

const people: [name: string, activeHoursAgo: number, role?: Role][] = [
  ['Sanne Hermans', 2, 'admin'],
  ['Joost van der Linden', 26, 'admin'],
  ['Fleur Maas', 5, 'project-moderator'],
  ['Bas Verhoeven', 50, 'folder-moderator'],
  ['Lotte Kuipers', 7 * 24],
  ['Thijs Vermeulen', 3],
  ['Iris Claessen', 30],
  ['Mark Peeters', 12 * 24],
  ['Eline Wouters', 9],
  ['Ruben van Vliet', 21 * 24],
];

const email = (name: string) => `${name.toLowerCase().replaceAll(/[^a-z]+/g, '.')}@velden.nl`;

export const citizenlabDemo: SandboxTenantInput = {
  id: 'citizenlab-demo',
  name: 'Gemeente Velden',
  site: 'citizenlab',
  currency: 'EUR',
  contract: { start: '2026-04-01', end: '2027-03-31', cycle: 'year' },
  pools: [
    {
      id: 'admins',
      label: 'Admins',
      counts: { kind: 'role', role: 'admin' },
      included: 2,
      enforce: 'purchase',
      billing: 'purchased',
      price: { amount: 95000, per: 'year' },
    },
    {
      id: 'managers',
      label: 'Map-/projectbeheerders',
      // "map-/projectbeheerder accounts" (003): folder and project moderators share one kind of seat.
      counts: { kind: 'role', roles: ['project-moderator', 'folder-moderator'] },
      included: 3,
      enforce: 'purchase',
      billing: 'purchased',
      price: { amount: 60000, per: 'year' },
    },
  ],
  users: [
    ...people.map(([name, activeHoursAgo, role], i) => ({
      id: `c${String(i + 1).padStart(2, '0')}`,
      name,
      email: email(name),
      roles: role ? [role] : [],
      activeHoursAgo,
    })),
    // Go Vocal's own support staff work in the tenant as admin and are not billed (rules-api.md v1.1 2).
    {
      id: 'c11',
      name: 'Support Go Vocal',
      email: 'support@govocal.com',
      roles: ['admin'],
      billable: false,
      activeHoursAgo: 4 * 24,
    },
  ],
};
