import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Tokens } from './api/tokens';
import { createApp } from './app';
import { openDatabase } from './db/open';
import { seedIfEmpty, seedLarge } from './db/seed';
import { largeTenantId } from './sandbox/large';
import { createSeatsCache, type SeatsCache } from './seats/cache';

export interface StartOptions {
  /** 0 picks a free port. */
  port: number;
  dataFile: string;
  tokens: Tokens;
  /** Default: the server's own origin. */
  corsOrigins?: string[] | undefined;
  now?: () => Date;
  /** Sizes of the large sandbox tenants to seed when missing (SEATGUARD_LARGE); none by default. */
  large?: readonly number[] | undefined;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** A bind failure as a sentence that says what to do; npm start prints it without a stack. */
function listenError(error: unknown, port: number): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const next = port === 65535 ? 5178 : port + 1;
  if (code === 'EADDRINUSE')
    return new Error(
      `port ${port} on 127.0.0.1 is already in use, perhaps by another seatguard sandbox. Stop that one, or pick another port: SEATGUARD_PORT=${next} npm start`,
    );
  if (code === 'EACCES')
    return new Error(
      `port ${port} on 127.0.0.1 may not be opened by this user. Pick a port above 1023: SEATGUARD_PORT=5178 npm start`,
    );
  return error;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error) => reject(listenError(error, port)));
    // Loopback only: the sandbox has no login and prints its tokens.
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Builds the large tenants' bodies on the worker now, so that their first request is served from memory too. */
function warmLargeTenants(seats: SeatsCache, large: readonly number[]): void {
  for (const size of large) {
    const tenant = largeTenantId(size);
    const version = seats.version(tenant);
    if (version !== undefined) void Promise.resolve(seats.at(tenant, version)).catch(() => undefined);
  }
}

/** Opens (seeding on first start) the database and serves the app on 127.0.0.1; shared by npm start and tests. */
export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const db = openDatabase(opts.dataFile);
  const large = opts.large ?? [];
  seedIfEmpty(db, opts.now?.());
  seedLarge(db, large, opts.now?.());
  const now = opts.now ?? (() => new Date());
  const seats = createSeatsCache({ db, now });
  let app: Hono | undefined;
  // The app needs the bound port for its default CORS origin, so it is built once listening.
  const server = createAdaptorServer({
    fetch: (request, env) => (app ? app.fetch(request, env) : new Response(null, { status: 503 })),
  }) as Server;
  const port = await listen(server, opts.port).catch(async (error: unknown) => {
    // Nothing may keep the process alive: npm start then exits with the message alone.
    await seats.close();
    db.close();
    throw error;
  });
  const url = `http://127.0.0.1:${port}`;
  const corsOrigins = opts.corsOrigins ?? [url];
  app = createApp({ db, tokens: opts.tokens, corsOrigins, now, seats, large });
  warmLargeTenants(seats, large);
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => {
        void seats.close().then(() => {
          db.close();
          resolve();
        });
      });
      server.closeAllConnections();
    });
    return closing;
  };
  return { url, close };
}
