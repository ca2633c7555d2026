import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { decide } from '../../../lib/guard';
import { type HostAdapter, HostAdapter as HostAdapterSchema } from '../../../lib/hosts';
import { type ChangesInput, prepareTenant } from '../../../lib/rules';
import { citizenlab, citizenlabSnapshot, echo, echoSnapshot, qics, qicsSnapshot } from '../rules/fixtures';

const NOW = Date.parse('2026-11-22T09:00:00Z');
const adapter = (over: Partial<HostAdapter> = {}): HostAdapter =>
  z.parse(HostAdapterSchema, {
    id: 'qics',
    name: 'Qics',
    matches: ['http://127.0.0.1/*'],
    tenant: { fixed: 'qics-demo' },
    ...over,
  });

const facts = (users: number, age = 0) => ({
  prepared: prepareTenant(qics(), qicsSnapshot(users)),
  fetchedAt: NOW - age,
});
const login: ChangesInput = { kind: 'add-user', user: { id: 'new', login: true } };

describe('decide (in the background, from the prepared tenant)', () => {
  it.each([
    ['at 25/25 a new login is blocked', facts(25), login, 'ask', 'block'],
    ['at 24/25 it warns', facts(24), login, 'ask', 'warn'],
    ['at 10/25 it passes', facts(10), login, 'pass', undefined],
    [
      'a user without a login passes at 25/25',
      facts(25),
      { kind: 'add-user', user: { id: 'n', login: false } },
      'pass',
      undefined,
    ],
  ] as const)('%s', (_name, seats, changes, action, outcome) => {
    const decision = decide({ adapter: adapter(), facts: seats, changes, now: NOW });
    expect(decision.action).toBe(action);
    if (decision.action === 'ask') expect(decision.verdict.outcome).toBe(outcome);
  });

  it.each([
    ['no facts, fail-open', undefined, 'open', { action: 'pass', note: 'guard-failed-open' }],
    [
      'facts older than maxAge, fail-open',
      facts(25, 16 * 60_000),
      'open',
      { action: 'pass', note: 'guard-failed-open' },
    ],
    [
      'facts from the future (a clock ahead), fail-open',
      facts(25, -60_000),
      'open',
      { action: 'pass', note: 'guard-failed-open' },
    ],
    ['no facts, fail-closed', undefined, 'closed', { action: 'stop' }],
    ['old facts, fail-closed', facts(25, 16 * 60_000), 'closed', { action: 'stop' }],
  ] as const)('%s', (_name, seats, failMode, expected) => {
    const host = adapter({ failMode, maxAgeMinutes: 15 });
    expect(decide({ adapter: host, facts: seats, changes: login, now: NOW })).toEqual(expected);
  });

  it.each([
    ['fail-open', 'open', { action: 'pass', note: 'guard-error' }],
    ['fail-closed', 'closed', { action: 'stop' }],
  ] as const)('a change naming a user the facts lack: %s', (_name, failMode, expected) => {
    const changes: ChangesInput = { kind: 'remove-user', id: 'ghost' };
    expect(decide({ adapter: adapter({ failMode }), facts: facts(25), changes, now: NOW })).toEqual(expected);
  });

  it.each([
    [
      'archiving a team of a usage-billed pool asks, saying what it frees',
      echo('active-members', 800),
      echoSnapshot(),
      { kind: 'archive-team', id: 't2' },
      'ask',
    ],
    [
      'deleting a user of a purchased pool passes silently',
      qics(),
      qicsSnapshot(25),
      { kind: 'remove-user', id: 'u1' },
      'pass',
    ],
  ] as const)('%s', (_name, policy, snapshot, changes, action) => {
    const decision = decide({
      adapter: adapter(),
      facts: { prepared: prepareTenant(policy, snapshot), fetchedAt: NOW },
      changes,
      now: NOW,
    });
    expect(decision.action).toBe(action);
    if (decision.action === 'ask')
      expect(decision.verdict.reasons.map((r) => r.code)).toEqual(['frees-seats']);
  });

  it('a bulk invite is one question for the sum', () => {
    const changes: ChangesInput = ['a', 'b', 'c'].map((id) => ({
      kind: 'add-user' as const,
      user: { id, roles: ['admin'] },
    }));
    const decision = decide({
      adapter: adapter(),
      facts: { prepared: prepareTenant(citizenlab(), citizenlabSnapshot()), fetchedAt: NOW },
      changes,
      now: NOW,
    });
    expect(decision).toMatchObject({
      action: 'ask',
      verdict: { outcome: 'confirm', reasons: [{ code: 'needs-purchase', params: { seats: 3 } }] },
    });
  });

  it.each([
    // 000: more users appear on the next invoice; the rules allow it, so the guard asks with its cost.
    ['raising Qics from 24 to 26 purchased users asks with its cost', 26, 'ask'],
    ['lowering it passes: nothing is added to the bill', 22, 'pass'],
    ['the same number passes', 24, 'pass'],
  ] as const)('%s', (_name, purchased, action) => {
    const changes: ChangesInput = { kind: 'set-purchased', pool: 'users', purchased };
    const decision = decide({ adapter: adapter(), facts: facts(20), changes, now: NOW });
    expect(decision.action).toBe(action);
    if (decision.action !== 'ask') return;
    expect(decision.verdict.outcome).toBe('allow');
    expect(decision.verdict.costs).toMatchObject([{ pool: 'users', seats: 2, amount: 3000, per: 'month' }]);
  });

  it('a block names who holds the pool’s seats, least recently active first, a past valid-until before all', () => {
    const snapshot = {
      ...qicsSnapshot(25),
      users: qicsSnapshot(25).users?.map((user, i) => ({
        ...user,
        name: `Person ${i}`,
        lastActiveAt: new Date(NOW - i * 3_600_000).toISOString(),
        ...(i === 3 ? { validUntil: '2026-01-31' } : {}),
      })),
    };
    const decision = decide({
      adapter: adapter(),
      facts: { prepared: prepareTenant(qics(), snapshot), fetchedAt: NOW },
      changes: login,
      now: NOW,
    });
    if (decision.action !== 'ask') throw new Error('not asked');
    const [holders, ...more] = decision.holders ?? [];
    expect(more).toEqual([]);
    expect(holders?.pool).toBe('users');
    expect(holders?.count).toBe(25);
    expect(holders?.items.map((item) => item.name)).toEqual([
      'Person 3',
      'Person 24',
      'Person 23',
      'Person 22',
      'Person 21',
      'Person 20',
      'Person 19',
      'Person 18',
      'Person 17',
      'Person 16',
    ]);
  });

  it('a purchase names the pool’s holders too (instead of buying, free one); a vendor’s own staff never', () => {
    const decision = decide({
      adapter: adapter(),
      facts: { prepared: prepareTenant(citizenlab(), citizenlabSnapshot()), fetchedAt: NOW },
      changes: { kind: 'add-user', user: { id: 'n', roles: ['admin'] } },
      now: NOW,
    });
    if (decision.action !== 'ask') throw new Error('not asked');
    expect(decision.holders?.map((h) => [h.pool, h.count])).toEqual([['admins', 2]]);
  });

  it('a warning names nobody', () => {
    const decision = decide({ adapter: adapter(), facts: facts(24), changes: login, now: NOW });
    expect(decision).toMatchObject({ action: 'ask' });
    expect(decision.action === 'ask' && decision.holders).toBeFalsy();
  });
});
