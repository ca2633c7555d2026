import type { SandboxTenantInput } from '../schema';

// Model E (003_129daf66f7fe1fe3.txt): 2 admin and 3 manager seats included; extra seats are bought
// per year at EUR 950 / 600 from the order date and prorated when the contract ends sooner.

const people: [name: string, role?: 'admin' | 'manager'][] = [
  ['Sanne Hermans', 'admin'],
  ['Joost van der Linden', 'admin'],
  ['Fleur Maas', 'manager'],
  ['Bas Verhoeven', 'manager'],
  ['Lotte Kuipers'],
  ['Thijs Vermeulen'],
  ['Iris Claessen'],
  ['Mark Peeters'],
  ['Eline Wouters'],
  ['Ruben van Vliet'],
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
      counts: { kind: 'role', role: 'manager' },
      included: 3,
      enforce: 'purchase',
      billing: 'purchased',
      price: { amount: 60000, per: 'year' },
    },
  ],
  users: people.map(([name, role], i) => ({
    id: `c${String(i + 1).padStart(2, '0')}`,
    name,
    email: email(name),
    roles: role ? [role] : [],
  })),
};
