import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { SeatsResponse } from '../../lib/api/schemas';
import { evaluate, type Snapshot } from '../../lib/rules';
import { api, NOW, type Sandbox, startSandbox, tokens } from './helpers';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.dispose());

async function seats(tenant: string) {
  const response = await api(sandbox.url, `/v1/tenants/${tenant}/seats`, tokens.agent);
  return z.parse(SeatsResponse, await response.json());
}

const activeTeams = (s: Snapshot) => new Set(s.teams.filter((t) => !t.archived).map((t) => t.id));

describe('the five sandbox tenants as seat-api.md seeds them', () => {
  it.each([
    {
      tenant: 'qics-demo',
      level: 'full',
      pools: [{ id: 'users', used: 25, limit: 25, level: 'full', billed: 24 }],
    },
    {
      tenant: 'am-demo',
      level: 'full',
      pools: [
        { id: 'case', used: 10, limit: 12, level: 'near' },
        { id: 'document', used: 6, limit: 6, level: 'full' },
      ],
    },
    { tenant: 'echo-teams', level: 'ok', pools: [{ id: 'teams', used: 4, limit: null, billed: 4 }] },
    { tenant: 'echo-members', level: 'ok', pools: [{ id: 'members', used: 6, limit: null, billed: 6 }] },
    {
      tenant: 'citizenlab-demo',
      level: 'full',
      pools: [
        { id: 'admins', used: 2, limit: 2, level: 'full' },
        { id: 'managers', used: 2, limit: 3, level: 'ok' },
      ],
    },
  ])('$tenant: evaluate gives $pools', async ({ tenant, level, pools }) => {
    const { policy, snapshot } = await seats(tenant);
    const report = evaluate(policy, snapshot, { now: NOW.toISOString() });
    expect(report.level).toBe(level);
    expect(report.pools).toMatchObject(pools);
  });

  it('qics-demo: 22 users linked to an employee, 3 not, 4 employees without a user; EUR 15 per seat', async () => {
    const { policy, snapshot } = await seats('qics-demo');
    const linked = snapshot.users.filter((u) => u.employee);
    expect([linked.length, snapshot.users.length - linked.length]).toEqual([22, 3]);
    const withUser = new Set(linked.map((u) => u.employee));
    expect(snapshot.employees.filter((e) => !withUser.has(e.id))).toHaveLength(4);
    expect(policy.pools[0]).toMatchObject({
      included: 1,
      purchased: 24,
      price: { amount: 1500, per: 'month' },
    });
  });

  it('am-demo: 5 full, 4 case, 2 none and 1 full whose login expired', async () => {
    const { policy, snapshot } = await seats('am-demo');
    const profiles = snapshot.users.map((u) => u.profile);
    expect(profiles.filter((p) => p === 'full')).toHaveLength(6);
    expect(profiles.filter((p) => p === 'case')).toHaveLength(4);
    expect(profiles.filter((p) => p === 'none')).toHaveLength(2);
    const report = evaluate(policy, snapshot, { now: NOW.toISOString() });
    expect(report.suggestions.find((s) => s.kind === 'expired-logins')?.count).toBe(1);
  });

  it('echo-teams: 5 teams, 1 archived, 1 active team without members', async () => {
    const { policy, snapshot } = await seats('echo-teams');
    expect(snapshot.teams).toHaveLength(5);
    expect(snapshot.teams.filter((t) => t.archived)).toHaveLength(1);
    const report = evaluate(policy, snapshot, { now: NOW.toISOString() });
    expect(report.suggestions.find((s) => s.kind === 'empty-teams')?.count).toBe(1);
    expect(report.pools[0]?.cost).toEqual({ amount: 4 * 4900, currency: 'EUR', per: 'month' });
  });

  it('echo-members: 8 members over 4 teams, 1 archived, 2 in no active team', async () => {
    const { snapshot } = await seats('echo-members');
    const active = activeTeams(snapshot);
    expect(snapshot.users).toHaveLength(8);
    expect(snapshot.teams).toHaveLength(4);
    expect(snapshot.users.filter((u) => !u.teams.some((t) => active.has(t)))).toHaveLength(2);
  });

  it('citizenlab-demo: 2 billed admins and Go Vocal’s unbilled one, a project and a folder moderator, 6 others', async () => {
    const { policy, snapshot } = await seats('citizenlab-demo');
    const holders = (role: string, billable = true) =>
      snapshot.users.filter((u) => u.roles.join() === role && u.billable === billable).map((u) => u.name);
    expect(holders('admin')).toEqual(['Sanne Hermans', 'Joost van der Linden']);
    expect(holders('admin', false)).toEqual(['Support Go Vocal']);
    expect(holders('project-moderator')).toEqual(['Fleur Maas']);
    expect(holders('folder-moderator')).toEqual(['Bas Verhoeven']);
    expect(holders('')).toHaveLength(6);
    expect(policy.pools.map((p) => p.counts)).toEqual([
      { kind: 'role', role: 'admin' },
      { kind: 'role', roles: ['project-moderator', 'folder-moderator'] },
    ]);
    expect(policy.contract).toEqual({ start: '2026-04-01', end: '2027-03-31', cycle: 'year' });
    expect(policy.pools.map((p) => p.price?.amount)).toEqual([95000, 60000]);
  });

  it.each([
    ['the vendor-staff admin', 'c11', 2],
    ['a billed admin', 'c01', 1],
  ])('citizenlab-demo: removing %s leaves %i admin seats used', async (_who, id, used) => {
    const { policy, snapshot } = await seats('citizenlab-demo');
    const users = snapshot.users.filter((u) => u.id !== id);
    const report = evaluate(policy, { ...snapshot, users }, { now: NOW.toISOString() });
    expect(report.pools.find((p) => p.id === 'admins')?.used).toBe(used);
  });
});
