import type { Level, Report } from '../lib/rules';

export interface LevelChange {
  pool: string;
  level: Level;
  /** null the first time the pool is seen. */
  previous: Level | null;
}

/** Pools whose level differs from the one last seen, a first sight included. */
export function levelChanges(seen: ReadonlyMap<string, Level>, report: Report): LevelChange[] {
  return report.pools.flatMap(({ id, level }) => {
    const previous = seen.get(id) ?? null;
    return previous === level ? [] : [{ pool: id, level, previous }];
  });
}
