import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer; `raw` is sent as-is, `body` as JSON, `chunks` one write each (chunked, no length). */
export type Reply = {
  status?: number;
  body?: unknown;
  raw?: string;
  chunks?: string[];
  headers?: Record<string, string>;
  delayMs?: number;
};

export type Hit = { url: string; method: string; headers: IncomingHttpHeaders };

/** A loopback HTTP server that answers each path from a script: the n-th request gets the n-th reply, the last repeats. */
export async function startSeatServer() {
  const scripts = new Map<string, Reply[]>();
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://loopback');
    const count = hits.filter((hit) => new URL(hit.url, 'http://loopback').pathname === url.pathname).length;
    hits.push({ url: req.url ?? '/', method: req.method ?? 'GET', headers: req.headers });
    const script = scripts.get(url.pathname) ?? [{ status: 404, raw: '' }];
    const reply = script[Math.min(count, script.length - 1)] ?? {};
    const timer = setTimeout(() => send(res, reply), reply.delayMs ?? 0);
    res.on('close', () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    script: (pathname: string, replies: Reply[]) => scripts.set(pathname, replies),
    hits: (pathname?: string) =>
      hits.filter((hit) => pathname === undefined || new URL(hit.url, origin).pathname === pathname),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type SeatServer = Awaited<ReturnType<typeof startSeatServer>>;

function send(res: import('node:http').ServerResponse, reply: Reply): void {
  const json = reply.body !== undefined;
  const type = (reply.status ?? 200) >= 400 ? 'application/problem+json' : 'application/json';
  res.writeHead(reply.status ?? 200, { ...(json ? { 'content-type': type } : {}), ...reply.headers });
  for (const chunk of reply.chunks ?? []) res.write(chunk);
  res.end(json ? JSON.stringify(reply.body) : (reply.raw ?? ''));
}
