import type { Database } from 'better-sqlite3';
import { createSeatsBuilder, type SeatsBuilder } from './builder';
import type { BuiltSeats } from './messages';

// Each tenant's seats body kept in memory at its latest version; one build per version, shared by every
// request that arrives while it runs.

export interface SeatsCache {
  /** The tenant's version now: one indexed read, undefined when there is no such tenant. */
  version(tenant: string): number | undefined;
  /** The body at `version` or later, built when not yet in memory; undefined when the tenant is gone. */
  at(tenant: string, version: number): BuiltSeats | Promise<BuiltSeats | undefined>;
  close(): Promise<void>;
}

export interface SeatsCacheOptions {
  db: Database;
  now: () => Date;
  builder?: SeatsBuilder;
}

/** Versions are ticks of one clock that only moves on (migration 3), so a later one is always newer. */
export function createSeatsCache({
  db,
  now,
  builder = createSeatsBuilder(db),
}: SeatsCacheOptions): SeatsCache {
  const bodies = new Map<string, BuiltSeats>();
  const building = new Map<string, { version: number; done: Promise<BuiltSeats | undefined> }>();

  function build(tenant: string, version: number): Promise<BuiltSeats | undefined> {
    const done = builder.build(tenant, now().toISOString()).then((built) => {
      const kept = bodies.get(tenant);
      if (!built) bodies.delete(tenant);
      else if (!kept || kept.version < built.version) bodies.set(tenant, built);
      return built;
    });
    const run = { version, done };
    building.set(tenant, run);
    const forget = () => {
      if (building.get(tenant) === run) building.delete(tenant);
    };
    done.then(forget, forget);
    return done;
  }

  return {
    version(tenant) {
      const row = db
        .prepare<[string], { version: number }>('SELECT version FROM tenants WHERE id = ?')
        .get(tenant);
      if (!row) bodies.delete(tenant);
      return row?.version;
    },
    at(tenant, version) {
      const kept = bodies.get(tenant);
      if (kept && kept.version >= version) return kept;
      const running = building.get(tenant);
      if (running && running.version >= version) return running.done;
      return build(tenant, version);
    },
    close: () => builder.close(),
  };
}
