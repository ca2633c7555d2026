import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

// A pass-through proxy in front of the whole sandbox server (pages, Seat API, token endpoint) for the
// Chromium tests: it counts requests by path, and can take the Seat API down while the portal stays up.

export interface CountingProxy {
  /** Origin the browser uses; the server sees this Host, so the portal's pages name it as the API. */
  url: string;
  /** Requests seen per method and path, e.g. `GET /v1/tenants/qics-demo/seats`. */
  count(method: string, path: string): number;
  /** While true, every /v1/ request is dropped: a network error for the widget. */
  apiDown: boolean;
  close(): Promise<void>;
}

/**
 * `target` may be given later (a function), for a server that must know the proxy's origin when it starts: it
 * sees the proxy's Host, so the proxy's origin is one of its public origins.
 */
export async function startCountingProxy(target: string | (() => string)): Promise<CountingProxy> {
  const upstreamOf = () => new URL(typeof target === 'string' ? target : target());
  const counts = new Map<string, number>();
  const proxy: CountingProxy = {
    url: '',
    apiDown: false,
    count: (method, path) => counts.get(`${method} ${path}`) ?? 0,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  const server = createServer((req, res) => {
    const upstream = upstreamOf();
    const key = `${req.method} ${new URL(req.url ?? '/', upstream).pathname}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (proxy.apiDown && req.url?.startsWith('/v1/')) {
      req.socket.destroy();
      return;
    }
    const options = { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method };
    const out = request({ ...options, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}
