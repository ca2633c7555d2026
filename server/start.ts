import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener, RequestError } from '@hono/node-server';
import type { Hono } from 'hono';
import { problem } from './api/problem';
import type { Tokens } from './api/tokens';
import { createApp } from './app';
import { openDatabase } from './db/open';
import { seedIfEmpty, seedLarge } from './db/seed';
import type { Log } from './http/log';
import { loopbackOrigins } from './http/origins';
import type { Clock, RateLimits } from './http/rate-limit';
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
  /**
   * Origins the server is reached at besides its loopback ones (SEATGUARD_PUBLIC_ORIGIN), e.g. behind a proxy
   * that keeps the Host header; any other host is refused.
   */
  publicOrigins?: readonly string[] | undefined;
  /** Overrides of the default rate limits (SEATGUARD_RATE_LIMITS). */
  limits?: Partial<RateLimits> | undefined;
  clock?: Clock;
  log?: Log;
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

/** What the app's secure headers add, for the answers given before the app runs. */
function withBaseHeaders(response: Response): Response {
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Referrer-Policy', 'same-origin');
  return response;
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
  const listener = getRequestListener(
    (request, env) => (app ? app.fetch(request, env) : withBaseHeaders(new Response(null, { status: 503 }))),
    {
      // A request Node parsed but Hono cannot take (no Host, a malformed one): a problem, not a bare 400.
      errorHandler: (error) =>
        withBaseHeaders(
          error instanceof RequestError
            ? problem(400, 'The request line or its Host header is malformed.')
            : problem(500, 'The server failed to answer; try again later.'),
        ),
    },
  );
  const server = createServer(listener);
  const port = await listen(server, opts.port).catch(async (error: unknown) => {
    // Nothing may keep the process alive: npm start then exits with the message alone.
    await seats.close();
    db.close();
    throw error;
  });
  const url = `http://127.0.0.1:${port}`;
  const corsOrigins = opts.corsOrigins ?? [url];
  const origins = [...loopbackOrigins(port), ...(opts.publicOrigins ?? [])];
  const { limits, clock, log } = opts;
  app = createApp({ db, tokens: opts.tokens, corsOrigins, origins, now, seats, large, limits, clock, log });
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
