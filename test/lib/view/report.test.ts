import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/rules';
import { ageOf, isStale, labelsOf, raiseOf, worstPool } from '../../../lib/view/report';
import {
  amSnapshot,
  amSystem,
  echoSnapshot,
  echoTeams,
  NOW,
  NOW_MS,
  qicsReport,
  USERS_AT,
  viewOf,
} from './fixtures';

describe('worstPool and raiseOf', () => {
  const am = evaluate(amSystem(), amSnapshot, { now: NOW });

  it('picks the fullest pool: Dokument 6/6 over Ärende 10/12', () => {
    expect(worstPool(am)?.id).toBe('document');
    expect(raiseOf(am)).toBe('block');
  });

  it.each([
    [USERS_AT.ok, null],
    [USERS_AT.near, 'block'],
    [USERS_AT.full, 'block'],
    [USERS_AT.over, 'block'],
  ])('%i users: raise %s', (users, expected) => {
    expect(raiseOf(qicsReport(users))).toBe(expected);
  });

  it('a no-limit tenant needs no raise', () => {
    expect(raiseOf(evaluate(echoTeams(), echoSnapshot, { now: NOW }))).toBeNull();
  });

  it('no pools, no worst pool', () => {
    expect(worstPool({ ...qicsReport(1), pools: [] })).toBeUndefined();
  });
});

describe('labelsOf', () => {
  it('maps pool ids to labels', () => {
    expect(labelsOf(evaluate(amSystem(), amSnapshot, { now: NOW }))).toEqual({
      case: 'Ärende',
      document: 'Dokument',
    });
    expect(labelsOf(undefined)).toEqual({});
  });
});

describe('ageOf and isStale', () => {
  const report = qicsReport(USERS_AT.full);

  it.each([
    ['fetchedAt', viewOf(report), NOW_MS, 120_000],
    ['report.asOf without fetchedAt', viewOf(report, { fetchedAt: undefined }), NOW_MS + 5_000, 5_000],
    ['a clock behind the data', viewOf(report), NOW_MS - 600_000, 0],
    ['no data', viewOf(undefined), NOW_MS, null],
    ['an unparsable asOf', viewOf({ ...report, asOf: 'yesterday' }, { fetchedAt: undefined }), NOW_MS, null],
  ])('%s', (_, view, now, expected) => {
    expect(ageOf(view, now)).toBe(expected);
  });

  it.each([
    ['ready', viewOf(report), false],
    [
      'error with a report',
      viewOf(report, { status: 'error', error: { code: 'timeout', message: '' } }),
      true,
    ],
    [
      'error without a report',
      viewOf(undefined, { status: 'error', error: { code: 'timeout', message: '' } }),
      false,
    ],
    ['loading with a report', viewOf(report, { status: 'loading' }), false],
  ])('%s: stale %s', (_, view, expected) => {
    expect(isStale(view)).toBe(expected);
  });
});
