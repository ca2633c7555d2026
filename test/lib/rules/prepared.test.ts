import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyChanges, type ChangeInput, check, evaluate, models, prepareTenant } from '../../../lib/rules';
import { echo, echoSnapshot, NOW, qics, qicsSnapshot } from './fixtures';

const opts = { now: NOW };

afterEach(() => vi.restoreAllMocks());

describe('prepareTenant', () => {
  it.each<[string, ChangeInput]>([
    ['add-user', { kind: 'add-user', user: { id: 'n', teams: ['t1'] } }],
    ['archive-team', { kind: 'archive-team', id: 't2' }],
    ['restore-team', { kind: 'restore-team', id: 't4' }],
    ['remove-user', { kind: 'remove-user', id: 'm1' }],
  ])('answers %s like the stateless check, repeatedly', (_name, change) => {
    const prepared = prepareTenant(echo('active-members', 800), echoSnapshot());
    const expected = check(echo('active-members', 800), echoSnapshot(), change, opts);
    expect(prepared.check(change, opts)).toEqual(expected);
    expect(prepared.check(change, opts)).toEqual(expected);
  });

  it('reports like evaluate', () => {
    expect(prepareTenant(qics(), qicsSnapshot(21)).report(opts)).toEqual(
      evaluate(qics(), qicsSnapshot(21), opts),
    );
  });

  it('archiving a team looks at that team’s members only', () => {
    const users = Array.from({ length: 500 }, (_, i) => ({ id: `u${i}`, teams: [i < 3 ? 'small' : 'big'] }));
    const prepared = prepareTenant(echo('active-members', 800), {
      teams: [{ id: 'small' }, { id: 'big' }],
      users,
    });
    const takes = vi.spyOn(models['active-members'], 'takes');
    expect(prepared.check({ kind: 'archive-team', id: 'small' }, opts).pools[0]).toMatchObject({ delta: -3 });
    expect(takes.mock.calls.length).toBe(6); // 3 members, before and after
  });

  it('adding a user looks at that user only', () => {
    const prepared = prepareTenant(qics(), qicsSnapshot(1000));
    const takes = vi.spyOn(models.logins, 'takes');
    prepared.check({ kind: 'add-user', user: { id: 'n' } }, opts);
    expect(takes.mock.calls.length).toBe(1);
  });

  it.each<[string, ChangeInput, object]>([
    ['add-user', { kind: 'add-user', user: { id: 'n' } }, { users: 22 }],
    ['remove-user', { kind: 'remove-user', id: 'u0' }, { users: 20 }],
    ['set-purchased', { kind: 'set-purchased', pool: 'users', purchased: 30 }, { users: 21 }],
  ])('apply(%s) moves a vendor count by the change and leaves the input alone', (_name, change, counts) => {
    const snapshot = { ...qicsSnapshot(3), counts: { users: 21 } };
    const { snapshot: next } = applyChanges(prepareTenant(qics(), snapshot), change);
    expect(next.counts).toEqual(counts);
    expect(snapshot.counts).toEqual({ users: 21 });
  });

  it('apply(set-purchased) changes the policy, apply(archive-team) the team', () => {
    expect(
      applyChanges(prepareTenant(qics(), {}), { kind: 'set-purchased', pool: 'users', purchased: 30 }).policy
        .pools[0]?.purchased,
    ).toBe(30);
    const { snapshot } = applyChanges(prepareTenant(echo('teams', 1), echoSnapshot()), {
      kind: 'archive-team',
      id: 't1',
    });
    expect(snapshot.teams.find((t) => t.id === 't1')?.archived).toBe(true);
  });
});
