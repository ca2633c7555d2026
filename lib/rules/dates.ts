import { RulesInputError } from './errors';
import type { Per } from './schemas';

// Calendar days as integers (days since 1970-01-01, UTC) so that ranges are plain arithmetic.

const DAY_MS = 86_400_000;

export function toDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The last day whose derived dates (next invoice, a seat's year) still have four-digit years. */
const LAST_TODAY = toDay('9998-12-31');
const HAS_ZONE = /(?:Z|[+-]\d\d:\d\d)$/;

/**
 * The UTC calendar day of an ISO timestamp or date, already checked by the Opts schema (rules-api.md: only
 * the UTC date of `now` is used); a timestamp without offset is read as UTC, never as this machine's time.
 */
export function todayOf(now: string): number {
  const iso = !now.includes('T') ? `${now}T00:00:00Z` : HAS_ZONE.test(now) ? now : `${now}Z`;
  const day = Math.floor(Date.parse(iso) / DAY_MS);
  if (!Number.isFinite(day) || day > LAST_TODAY) {
    throw new RulesInputError('opts.now', `expected a moment before the year 9999, got "${now}"`);
  }
  return day;
}

function daysInMonth(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

/** `start` plus `k` months, the day clamped to the target month's length (Jan 31 + 1 → Feb 28). */
export function addMonths(start: number, k: number): number {
  const d = new Date(start * DAY_MS);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + k;
  const year = Math.floor(total / 12);
  const month0 = total - year * 12;
  const dayOfMonth = Math.min(d.getUTCDate(), daysInMonth(year, month0));
  return Date.UTC(year, month0, dayOfMonth) / DAY_MS;
}

export function addCycles(start: number, cycle: Per, k: number): number {
  return addMonths(start, cycle === 'year' ? 12 * k : k);
}

function monthIndex(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** The first cycle boundary (contract start + k cycles, k ≥ 0) strictly after `today`. */
export function nextBoundary(start: number, cycle: Per, today: number): number {
  if (start > today) return start;
  const step = cycle === 'year' ? 12 : 1;
  let k = Math.floor((monthIndex(today) - monthIndex(start)) / step);
  while (addCycles(start, cycle, k) <= today) k += 1;
  return addCycles(start, cycle, k);
}

/** Last day of a term of one `per` starting on `from`: from + 1 per − 1 day. */
export function termEnd(from: number, per: Per): number {
  return addCycles(from, per, 1) - 1;
}
