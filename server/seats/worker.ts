import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import * as z from 'zod/mini';
import { buildSeats } from './build';
import { type BuildReply, BuildRequest, WorkerData } from './messages';

// The seats builder's thread: its own read-only connection, one build at a time, bodies handed over
// without a copy. Nothing it does can hold up the server's event loop.

const { dataFile } = z.parse(WorkerData, workerData);
const db = new BetterSqlite3(dataFile, { readonly: true, fileMustExist: true });
// A writer holding the lock at checkpoint time must not fail a read.
db.pragma('busy_timeout = 5000');

const port = parentPort;
port?.on('message', async (message: unknown) => {
  const { id, tenant, asOf } = z.parse(BuildRequest, message);
  let reply: BuildReply;
  try {
    const built = await buildSeats(db, tenant, asOf);
    reply = { id, built: built ?? null };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  const bodies = 'built' in reply && reply.built ? Object.values(reply.built.bodies) : [];
  // Only a body that owns its whole memory moves; a small one may sit in Node's shared buffer pool.
  const movable = bodies.filter((b) => b.byteOffset === 0 && b.byteLength === b.buffer.byteLength);
  port.postMessage(
    reply,
    movable.map((b) => b.buffer),
  );
});
