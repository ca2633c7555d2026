import type { PolicyInput, SnapshotInput } from '../../../lib/rules';

export const NOW = '2026-11-22T09:00:00Z';

const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => i + from);

/** QicsMilestones (000): logins, 1 included + `purchased`, block, EUR 15 per seat per month. */
export function qics(purchased = 24): PolicyInput {
  return {
    tenant: 'qics-demo',
    name: 'Bureau Jansen',
    currency: 'EUR',
    contract: { start: '2026-04-01', cycle: 'month' },
    pools: [
      {
        id: 'users',
        label: 'Users',
        counts: { kind: 'logins' },
        included: 1,
        purchased,
        enforce: 'block',
        billing: 'purchased',
        price: { amount: 1500, per: 'month' },
      },
    ],
  };
}

/** `logins` users with a login (the first `linked` linked to an employee) and `dummies` employees without a user. */
export function qicsSnapshot(logins: number, linked = 0, dummies = 0): SnapshotInput {
  return {
    asOf: NOW,
    users: range(logins).map((i) => ({ id: `u${i}`, ...(i < linked ? { employee: `e${i}` } : {}) })),
    employees: range(linked + dummies).map((i) => ({ id: `e${i}` })),
  };
}

/** AM System (001): a pot per module, block. */
export function am(casePot = 12, documentPot = 6): PolicyInput {
  const pot = (module: string, purchased: number) => ({
    id: module,
    label: module === 'case' ? 'Ärende' : 'Dokument',
    counts: { kind: 'module' as const, module },
    purchased,
    enforce: 'block' as const,
    billing: 'purchased' as const,
  });
  return {
    tenant: 'am-demo',
    name: 'Norrby kommun',
    currency: 'SEK',
    contract: { start: '2026-01-01', cycle: 'year' },
    pools: [pot('case', casePot), pot('document', documentPot)],
  };
}

/** 5 full, 4 case, 2 none, and one full user whose valid-until passed: case 10/12, document 6/6. */
export function amSnapshot(): SnapshotInput {
  const user = (id: string, profile: string, extra = {}) => ({ id, profile, ...extra });
  return {
    asOf: NOW,
    profiles: [
      { id: 'full', modules: ['case', 'document'] },
      { id: 'case', modules: ['case'] },
      { id: 'none', modules: [] },
    ],
    users: [
      ...range(5).map((i) => user(`f${i}`, 'full')),
      ...range(4).map((i) => user(`c${i}`, 'case')),
      ...range(2).map((i) => user(`n${i}`, 'none')),
      user('x1', 'full', { validUntil: '2026-06-30' }),
    ],
  };
}

/** Echometer (002/004): usage-billed teams or active members, no cap. */
export function echo(kind: 'teams' | 'active-members', amount: number): PolicyInput {
  return {
    tenant: kind === 'teams' ? 'echo-teams' : 'echo-members',
    name: 'Echo GmbH',
    currency: 'EUR',
    contract: { start: '2025-03-01', cycle: 'month' },
    pools: [
      { id: kind, counts: { kind }, enforce: 'none', billing: 'usage', price: { amount, per: 'month' } },
    ],
  };
}

/** 4 teams (t4 archived); m1..m6 in active teams (m1 in two), m7 and m8 only in the archived one. */
export function echoSnapshot(): SnapshotInput {
  return {
    asOf: NOW,
    teams: [{ id: 't1' }, { id: 't2' }, { id: 't3' }, { id: 't4', archived: true }, { id: 't5' }],
    users: [
      { id: 'm1', teams: ['t1', 't2'] },
      { id: 'm2', teams: ['t1'] },
      { id: 'm3', teams: ['t2'] },
      { id: 'm4', teams: ['t2', 't4'] },
      { id: 'm5', teams: ['t3'] },
      { id: 'm6', teams: ['t3'] },
      { id: 'm7', teams: ['t4'] },
      { id: 'm8', teams: ['t4'] },
    ],
  };
}

/** CitizenLab (003): admin and manager seats, bought extra per year, contract to 2027-03-31. */
export function citizenlab(end: string | null = '2027-03-31'): PolicyInput {
  const seats = (id: string, role: string, included: number, amount: number) => ({
    id,
    counts: { kind: 'role' as const, role },
    included,
    enforce: 'purchase' as const,
    billing: 'purchased' as const,
    price: { amount, per: 'year' as const },
  });
  return {
    tenant: 'citizenlab-demo',
    name: 'Gemeente Velden',
    currency: 'EUR',
    contract: { start: '2026-04-01', cycle: 'year', ...(end ? { end } : {}) },
    pools: [seats('admins', 'admin', 2, 95000), seats('managers', 'manager', 3, 60000)],
  };
}

export function citizenlabSnapshot(): SnapshotInput {
  return {
    asOf: NOW,
    users: [
      { id: 'a1', roles: ['admin'] },
      { id: 'a2', roles: ['admin', 'manager'] },
      { id: 'p1', roles: ['manager'] },
      { id: 'p2', roles: ['manager'] },
      ...range(6).map((i) => ({ id: `r${i}` })),
    ],
  };
}
