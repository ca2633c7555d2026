import { describe, expect, it } from 'vitest';
import { addMonths, fromDay, nextBoundary, termEnd, toDay, todayOf } from '../../../lib/rules/dates';
import { prorate } from '../../../lib/rules/money';

const next = (start: string, cycle: 'month' | 'year', today: string) =>
  fromDay(nextBoundary(toDay(start), cycle, toDay(today)));

describe('dates', () => {
  it.each([
    ['2026-04-01', 'month', '2026-11-22', '2026-12-01'],
    ['2026-04-01', 'month', '2026-12-01', '2027-01-01'],
    ['2026-04-01', 'month', '2026-11-30', '2026-12-01'],
    ['2026-04-01', 'month', '2026-01-15', '2026-04-01'],
    ['2026-04-01', 'month', '2026-03-31', '2026-04-01'],
    ['2026-04-01', 'month', '2026-04-01', '2026-05-01'],
    ['2026-01-31', 'month', '2026-02-15', '2026-02-28'],
    ['2026-01-31', 'month', '2026-02-28', '2026-03-31'],
    ['2024-01-31', 'month', '2024-02-01', '2024-02-29'],
    ['2026-04-01', 'year', '2026-11-22', '2027-04-01'],
    ['2024-02-29', 'year', '2025-01-01', '2025-02-28'],
    ['2024-02-29', 'year', '2027-03-01', '2028-02-29'],
    ['2020-05-15', 'year', '2026-05-14', '2026-05-15'],
  ] as const)('next boundary of %s (%s) after %s is %s', (start, cycle, today, expected) => {
    expect(next(start, cycle, today)).toBe(expected);
  });

  it.each([
    ['2026-10-01', 'year', '2027-09-30'],
    ['2027-03-01', 'year', '2028-02-29'],
    ['2028-02-29', 'year', '2029-02-27'],
    ['2026-01-31', 'month', '2026-02-27'],
    ['2026-11-22', 'month', '2026-12-21'],
  ] as const)('a term from %s of one %s ends %s', (from, per, expected) => {
    expect(fromDay(termEnd(toDay(from), per))).toBe(expected);
  });

  it.each([
    ['2026-11-22T23:59:59Z', '2026-11-22'],
    ['2026-11-22T23:30:00-02:00', '2026-11-23'],
    ['2026-11-22', '2026-11-22'],
  ])('today of %s is %s (UTC)', (now, day) => {
    expect(fromDay(todayOf(now))).toBe(day);
  });

  it.each(['', 'yesterday', '2026-13-45T00:00:00Z'])('rejects now = %j', (now) => {
    expect(() => todayOf(now)).toThrow(/^opts\.now: /);
  });

  it('adds months across years, backwards too', () => {
    expect(fromDay(addMonths(toDay('2026-11-30'), 3))).toBe('2027-02-28');
    expect(fromDay(addMonths(toDay('2026-03-31'), -1))).toBe('2026-02-28');
  });

  it.each([
    [95000, 182, 365, 47370],
    [1, 1, 2, 1],
    [3, 1, 2, 2],
    [5, 1, 4, 1],
    [95000, 365, 365, 95000],
    [60000, 0, 365, 0],
  ])('prorate(%i, %i, %i) = %i, half up', (amount, part, whole, expected) => {
    expect(prorate(amount, part, whole)).toBe(expected);
  });
});
