import { describe, expect, it } from 'vitest';
import { evaluate, type PolicyInput, type SnapshotInput } from '../../../lib/rules';
import {
  am,
  amSnapshot,
  citizenlab,
  citizenlabSnapshot,
  echo,
  echoSnapshot,
  NOW,
  qics,
  qicsSnapshot,
} from './fixtures';

const suggestions = (policy: PolicyInput, snapshot: SnapshotInput, now = NOW) =>
  evaluate(policy, snapshot, { now }).suggestions;

describe('suggestions', () => {
  it.each([
    // rules-api.md: 4 of 24 purchased unused, EUR 15 each per month, effective on the next invoice.
    [
      'unused seats (rules-api.md example)',
      qics(),
      qicsSnapshot(21),
      [
        {
          kind: 'unused-seats',
          pool: 'users',
          count: 4,
          ids: [],
          items: [],
          saving: { amount: 6000, currency: 'EUR', per: 'month' },
          effective: '2026-12-01',
        },
      ],
    ],
    ['no unused seats when full', qics(), qicsSnapshot(25), []],
    ['no unused seats when over', qics(), qicsSnapshot(31), []],
    // The included seat cannot be dropped: at most `purchased` seats.
    [
      'unused seats never exceed purchased',
      qics(2),
      qicsSnapshot(0),
      [
        {
          kind: 'unused-seats',
          pool: 'users',
          count: 2,
          ids: [],
          items: [],
          saving: { amount: 3000, currency: 'EUR', per: 'month' },
          effective: '2026-12-01',
        },
      ],
    ],
    // 001: a past valid-until alone frees nothing, so x1 is suggested; the document pot is full.
    [
      'expired logins still holding licences',
      am(),
      amSnapshot(),
      [
        {
          kind: 'unused-seats',
          pool: 'case',
          count: 2,
          ids: [],
          items: [],
          saving: null,
          effective: '2027-01-01',
        },
        {
          kind: 'expired-logins',
          pool: 'case',
          count: 1,
          ids: ['x1'],
          items: [{ id: 'x1' }],
          saving: null,
          effective: null,
        },
        {
          kind: 'expired-logins',
          pool: 'document',
          count: 1,
          ids: ['x1'],
          items: [{ id: 'x1' }],
          saving: null,
          effective: null,
        },
      ],
    ],
    [
      'a valid-until of today has not expired yet',
      am(6, 6),
      { ...amSnapshot(), users: [{ id: 'x', profile: 'full', validUntil: '2026-11-22' }] },
      [
        {
          kind: 'unused-seats',
          pool: 'case',
          count: 5,
          ids: [],
          items: [],
          saving: null,
          effective: '2027-01-01',
        },
        {
          kind: 'unused-seats',
          pool: 'document',
          count: 5,
          ids: [],
          items: [],
          saving: null,
          effective: '2027-01-01',
        },
      ],
    ],
    [
      'an expired login on a no-module profile holds nothing',
      am(1, 1),
      { ...amSnapshot(), users: [{ id: 'x', profile: 'none', validUntil: '2020-01-01' }] },
      [
        {
          kind: 'unused-seats',
          pool: 'case',
          count: 1,
          ids: [],
          items: [],
          saving: null,
          effective: '2027-01-01',
        },
        {
          kind: 'unused-seats',
          pool: 'document',
          count: 1,
          ids: [],
          items: [],
          saving: null,
          effective: '2027-01-01',
        },
      ],
    ],
    // 002: members in no active team can be removed with one button.
    [
      'inactive members',
      echo('active-members', 800),
      echoSnapshot(),
      [
        {
          kind: 'inactive-members',
          pool: 'active-members',
          count: 2,
          ids: ['m7', 'm8'],
          items: [{ id: 'm7' }, { id: 'm8' }],
          saving: null,
          effective: null,
        },
      ],
    ],
    [
      'empty teams are billed for nothing',
      echo('teams', 4900),
      echoSnapshot(),
      [
        {
          kind: 'empty-teams',
          pool: 'teams',
          count: 1,
          ids: ['t5'],
          items: [{ id: 't5' }],
          saving: { amount: 4900, currency: 'EUR', per: 'month' },
          effective: '2026-12-01',
        },
      ],
    ],
    // Managers are 2/3 but the free seat is an included one: nothing to drop.
    ['no unused seats when only included seats are free', citizenlab(), citizenlabSnapshot(), []],
    // v1.1 6: bought extra seats run their paid year, never refunded mid-term (003).
    [
      'no unused seats for a purchase pool with bought seats free',
      {
        ...citizenlab(),
        pools: citizenlab().pools.map((pool) => (pool.id === 'admins' ? { ...pool, purchased: 3 } : pool)),
      },
      citizenlabSnapshot(),
      [],
    ],
  ] satisfies [string, PolicyInput, SnapshotInput, unknown[]][])(
    '%s',
    (_name, policy, snapshot, expected) => {
      expect(suggestions(policy, snapshot)).toEqual(expected);
    },
  );

  it('the next invoice date follows the clock', () => {
    expect(suggestions(qics(), qicsSnapshot(21), '2026-12-01T00:00:00Z')[0]?.effective).toBe('2027-01-01');
    expect(suggestions(qics(), qicsSnapshot(21), '2026-11-30T23:59:59Z')[0]?.effective).toBe('2026-12-01');
  });
});
