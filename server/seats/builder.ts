import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import * as z from 'zod/mini';
import { buildSeats } from './build';
import { BuildReply, type BuiltSeats, type WorkerData } from './messages';

// Builds seats bodies: a small tenant right here (well under a millisecond), a large one on a thread of its
// own, so that reading, serialising, hashing and compressing 100k users never holds up other requests.

/** Up to this many users a body builds on the event loop: about 10 ms of work. */
const INLINE_USERS = 1000;

export interface SeatsBuilder {
  build(tenant: string, asOf: string): Promise<BuiltSeats | undefined>;
  close(): Promise<void>;
}

interface Pending {
  resolve(built: BuiltSeats | undefined): void;
  reject(error: Error): void;
}

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);
const MODULE = new URL('./worker.ts', import.meta.url).href;

/** The builder thread, started on first use and kept; a crash fails its builds and the next one starts anew. */
function threadBuilder(dataFile: string) {
  let worker: Worker | undefined;
  let next = 0;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    worker = undefined;
  };

  function start(): Worker {
    const data: WorkerData = { dataFile, module: MODULE };
    const thread = new Worker(ENTRY, { workerData: data });
    // An idle builder never keeps the process alive.
    thread.unref();
    thread.on('message', (message: unknown) => {
      const reply = z.parse(BuildReply, message);
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(`seats build failed: ${reply.error}`));
      else waiting?.resolve(reply.built ?? undefined);
    });
    thread.on('error', (error) => failAll(error));
    thread.on('exit', (code) => {
      if (worker === thread) failAll(new Error(`seats builder exited with code ${code}`));
    });
    return thread;
  }

  return {
    build(tenant: string, asOf: string): Promise<BuiltSeats | undefined> {
      worker ??= start();
      const id = next++;
      const promise = new Promise<BuiltSeats | undefined>((resolve, reject) =>
        pending.set(id, { resolve, reject }),
      );
      worker.postMessage({ id, tenant, asOf });
      return promise;
    },
    async close(): Promise<void> {
      const thread = worker;
      worker = undefined;
      failAll(new Error('the server is closing'));
      await thread?.terminate();
    },
  };
}

/**
 * The server's seats builder over its database. A file database builds large tenants on the thread; an
 * in-memory one (which no other connection can open) builds every tenant here.
 */
export function createSeatsBuilder(db: Database): SeatsBuilder {
  const thread = db.memory ? undefined : threadBuilder(db.name);
  const count = 'SELECT count(*) AS n FROM users WHERE tenant_id = ?';
  return {
    build(tenant, asOf) {
      const large = thread && (db.prepare<[string], { n: number }>(count).get(tenant)?.n ?? 0) > INLINE_USERS;
      return large ? thread.build(tenant, asOf) : buildSeats(db, tenant, asOf);
    },
    close: () => thread?.close() ?? Promise.resolve(),
  };
}
