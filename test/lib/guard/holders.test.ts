import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdersFor, warmHolders } from '../../../lib/guard';
import { type PreparedTenant, prepareTenant, type Verdict } from '../../../lib/rules';
import { qics, qicsSnapshot } from '../rules/fixtures';

const NOW = Date.parse('2026-11-22T09:00:00Z');
const DAY = 86_400_000;
/** A verdict stopping at the users pool, as check() gives it at 25/25. */
const blocked = { outcome: 'block', reasons: [{ code: 'over-limit', pool: 'users' }] } as unknown as Verdict;

/** QicsMilestones with `users` logins, each named and active an hour apart; user 3's login ends on `until`. */
function tenant(users: number, until = '2026-11-25'): PreparedTenant {
  const snapshot = qicsSnapshot(users);
  return prepareTenant(qics(), {
    ...snapshot,
    users: snapshot.users?.map((user, i) => ({
      ...user,
      name: `Person ${i}`,
      lastActiveAt: new Date(NOW - i * 3_600_000).toISOString(),
      ...(i === 3 && { validUntil: until }),
    })),
  });
}

const first = (prepared: PreparedTenant, now = NOW) => holdersFor(prepared, blocked, now)[0]?.items[0]?.name;

/** Renames every user in the prepared snapshot: what a walk after this sees, and a remembered one does not. */
function rename(prepared: PreparedTenant): void {
  for (const user of prepared.snapshot.users) (user as { name?: string }).name = 'Renamed';
}

describe('holdersFor, once per snapshot and day', () => {
  it.each([
    ['before user 3’s login ends: the least recently active first', NOW, 'Person 24'],
    ['after it ended (001: it still holds its licence): that login first', NOW + 4 * DAY, 'Person 3'],
  ])('%s', (_name, now, expected) => {
    expect(first(tenant(25), now)).toBe(expected);
  });

  it('the same day asks the same snapshot once; the next day walks it again', () => {
    const prepared = tenant(25);
    expect(first(prepared)).toBe('Person 24');
    rename(prepared);
    expect(first(prepared)).toBe('Person 24');
    expect(first(prepared, NOW + 4 * DAY)).toBe('Renamed');
  });

  it('a new snapshot is walked afresh', () => {
    expect(first(tenant(25))).toBe('Person 24');
    expect(first(tenant(20))).toBe('Person 19');
  });
});

describe('warmHolders', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['a full pool is walked ahead of any submit', 25, undefined, 'Person 24'],
    ['a pool below its warning level is left for the submit that needs it', 10, undefined, 'Renamed'],
    ['an aborted warm-up walks nothing', 25, AbortSignal.abort(), 'Renamed'],
  ])('%s', async (_name, users, signal, expected) => {
    const prepared = tenant(users);
    warmHolders(prepared, NOW, signal);
    await vi.runAllTimersAsync();
    rename(prepared);
    expect(first(prepared)).toBe(expected);
  });

  it('takes one pool per task, so the background answers meanwhile', () => {
    const prepared = tenant(25);
    warmHolders(prepared, NOW);
    rename(prepared);
    expect(first(prepared)).toBe('Renamed');
  });
});
