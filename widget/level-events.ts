import { effect, type ReadonlySignal } from '@preact/signals';
import type { Level } from '../lib/rules';
import type { SeatView } from '../lib/view/schema';
import { emitLevel } from './events';
import { levelChanges } from './levels';

export interface LevelWatch {
  /** Forgets the levels seen, so that another tenant's first load reports every pool. */
  reset(): void;
  stop(): void;
}

/** Fires seatusage:level on `host` for each pool whose level differs from the one last shown. */
export function watchLevels(host: EventTarget, view: ReadonlySignal<SeatView>): LevelWatch {
  const seen = new Map<string, Level>();
  const stop = effect(() => {
    const { report } = view.value;
    if (!report) return;
    for (const change of levelChanges(seen, report)) {
      seen.set(change.pool, change.level);
      emitLevel(host, { tenant: report.tenant, ...change });
    }
  });
  return { reset: () => seen.clear(), stop };
}
