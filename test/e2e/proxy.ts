import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

// A small HTTP proxy in front of the sandbox Seat API: counts seat requests and injects faults.

/** What the proxy does with the next requests. */
export type ProxyMode =
  | { kind: 'pass' }
  /** Drops the connection: a network error for the client. */
  | { kind: 'down' }
  /** Answers after `ms`, forwarding then. */
  | { kind: 'delay'; ms: number }
  /** Answers 200 with this body instead of the API's. */
  | { kind: 'body'; body: string }
  /** Forwards and rewrites the JSON of a 200 answer. */
  | { kind: 'rewrite'; rewrite: (json: unknown) => unknown };

export interface SeatProxy {
  url: string;
  mode: ProxyMode;
  /** GET /v1/tenants/{tenant}/seats requests seen, per tenant. */
  readonly seatRequests: Map<string, number>;
  close(): Promise<void>;
}

const SEATS = /^\/v1\/tenants\/([^/]+)\/seats$/;
const FORWARDED = ['authorization', 'if-none-match', 'accept'];

export function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** A loopback port that nothing listens on (it was free a moment ago). */
export async function deadPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function forward(target: string, req: IncomingMessage): Promise<Response> {
  const headers = Object.fromEntries(
    FORWARDED.flatMap((name) => (typeof req.headers[name] === 'string' ? [[name, req.headers[name]]] : [])),
  );
  return fetch(new URL(req.url ?? '/', target), { method: req.method ?? 'GET', headers, redirect: 'manual' });
}

async function reply(res: ServerResponse, upstream: Response, rewrite?: (json: unknown) => unknown) {
  let body = await upstream.text();
  if (rewrite && upstream.status === 200) body = JSON.stringify(rewrite(JSON.parse(body)));
  const headers: Record<string, string> = {
    'content-type': upstream.headers.get('content-type') ?? 'text/plain',
  };
  // A rewritten body must not be revalidated against the real one's ETag.
  const etag = upstream.headers.get('etag');
  if (etag && !rewrite) headers.etag = etag;
  if (!res.destroyed) res.writeHead(upstream.status, headers).end(body);
}

export async function startProxy(target: string): Promise<SeatProxy> {
  const timers = new Set<NodeJS.Timeout>();
  const seatRequests = new Map<string, number>();
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const proxy: SeatProxy = {
    url: '',
    mode: { kind: 'pass' },
    seatRequests,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const tenant = SEATS.exec(new URL(req.url ?? '/', 'http://proxy').pathname)?.[1];
    if (tenant && req.method === 'GET') seatRequests.set(tenant, (seatRequests.get(tenant) ?? 0) + 1);
    const mode = proxy.mode;
    if (mode.kind === 'down') {
      req.socket.destroy();
      return;
    }
    if (mode.kind === 'body') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(mode.body);
      return;
    }
    if (mode.kind === 'delay') await wait(mode.ms);
    await reply(res, await forward(target, req), mode.kind === 'rewrite' ? mode.rewrite : undefined);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  proxy.url = `http://127.0.0.1:${await listen(server)}`;
  return proxy;
}

/**
 * A proxy for the calling file or describe block: started before its tests, passing and with no request counted
 * at the start of each, closed after them. An accessor, since the proxy exists only once beforeAll ran.
 */
export function useProxy(target: () => string): () => SeatProxy {
  let proxy: SeatProxy | undefined;
  beforeAll(async () => {
    proxy = await startProxy(target());
  });
  afterAll(async () => {
    await proxy?.close();
  });
  beforeEach(() => {
    if (!proxy) return;
    proxy.mode = { kind: 'pass' };
    proxy.seatRequests.clear();
  });
  return () => {
    if (!proxy) throw new Error('the seat proxy did not start');
    return proxy;
  };
}
