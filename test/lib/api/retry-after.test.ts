import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../lib/api/retry-after';

const now = Date.parse('2026-03-02T10:00:00Z');

describe('parseRetryAfter', () => {
  it.each<[string | null, number | undefined]>([
    [null, undefined],
    ['', undefined],
    ['0', 0],
    ['1', 1_000],
    [' 120 ', 120_000],
    ['Mon, 02 Mar 2026 10:00:05 GMT', 5_000],
    ['Mon, 02 Mar 2026 09:00:00 GMT', 0],
    ['Monday, 02-Mar-26 10:00:30 GMT', 30_000],
    ['-1', undefined],
    ['1.5', undefined],
    ['soon', undefined],
  ])('%j → %s ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
