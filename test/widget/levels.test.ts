// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Level, PoolReport, Report } from '../../lib/rules';
import { levelChanges } from '../../widget/levels';

const pool = (id: string, level: Level) => ({ id, level }) as PoolReport;
const report = (...pools: PoolReport[]) => ({ tenant: 't', pools }) as unknown as Report;

describe('levelChanges', () => {
  it.each<[string, [string, Level][], Report, unknown[]]>([
    [
      'first sight of every pool',
      [],
      report(pool('a', 'ok'), pool('b', 'full')),
      [
        { pool: 'a', level: 'ok', previous: null },
        { pool: 'b', level: 'full', previous: null },
      ],
    ],
    ['nothing changed', [['a', 'ok']], report(pool('a', 'ok')), []],
    [
      'one pool moved',
      [
        ['a', 'near'],
        ['b', 'ok'],
      ],
      report(pool('a', 'full'), pool('b', 'ok')),
      [{ pool: 'a', level: 'full', previous: 'near' }],
    ],
  ])('%s', (_, seen, next, expected) => {
    expect(levelChanges(new Map(seen), next)).toEqual(expected);
  });
});
