import type { SandboxTenantInput } from '../schema';

// Model A (000_f86646bbf488b9ea.txt): 24 purchased + 1 included user; 25 logins, 22 linked to an
// employee and 3 not; 4 employees without a user do not count. Starts at 25/25, full.

const linked = [
  'Anouk de Vries',
  'Bram Bakker',
  'Chantal Visser',
  'Daan Smit',
  'Eva Meijer',
  'Floor de Boer',
  'Gert Mulder',
  'Hanneke de Groot',
  'Ivo Bos',
  'Jeroen Vos',
  'Karin Peters',
  'Lars Hendriks',
  'Mirjam van Dijk',
  'Niels Dekker',
  'Olga Brouwer',
  'Pieter van Leeuwen',
  'Quinten de Jong',
  'Roos Willems',
  'Sander Kok',
  'Tessa van den Berg',
  'Ruud Jacobs',
  'Wendy Schouten',
];

// People with access who write no hours: management, the external accountant (monthly), the office manager.
const unlinked: [name: string, activeHoursAgo: number][] = [
  ['Marloes Jansen', 3],
  ['Frank Timmermans', 19 * 24],
  ['Yvonne Koster', 20],
];

// Dummy employees for passing on costs, and people whose expenses are booked without a login.
const withoutUser = ['Dummy medewerker onkosten', 'Salarisstroken (dummy)', 'Kees Hoekstra', 'Linda Post'];

const email = (name: string) => `${name.toLowerCase().replaceAll(/[^a-z]+/g, '.')}@bureaujansen.nl`;
const pad = (n: number) => String(n).padStart(2, '0');

export const qicsDemo: SandboxTenantInput = {
  id: 'qics-demo',
  name: 'Bureau Jansen',
  site: 'qics',
  currency: 'EUR',
  contract: { start: '2026-01-01', cycle: 'month' },
  pools: [
    {
      id: 'users',
      label: 'Gebruikers',
      counts: { kind: 'logins' },
      included: 1,
      purchased: 24,
      enforce: 'block',
      billing: 'purchased',
      price: { amount: 1500, per: 'month' },
    },
  ],
  employees: [...linked, ...withoutUser].map((name, i) => ({ id: `e${pad(i + 1)}`, name })),
  users: [
    ...linked.map((name, i) => ({
      id: `u${pad(i + 1)}`,
      name,
      email: email(name),
      employee: `e${pad(i + 1)}`,
      // They write hours every working day: last active within the past two days.
      activeHoursAgo: 1 + ((i * 5) % 48),
    })),
    ...unlinked.map(([name, activeHoursAgo], i) => ({
      id: `u${pad(linked.length + i + 1)}`,
      name,
      email: email(name),
      activeHoursAgo,
    })),
  ],
};
