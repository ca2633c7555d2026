import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A pass-through proxy in front of the Seat API that counts seat requests (the ten-tabs figure).

export interface CountingProxy {
  url: string;
  seats(): number;
  close(): void;
}

export async function countingProxy(target: string): Promise<CountingProxy> {
  let seats = 0;
  const upstream = new URL(target);
  const server: Server = createServer((req, res) => {
    if (/^\/v1\/tenants\/[^/]+\/seats/.test(req.url ?? '')) seats += 1;
    const out = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        // The server answers only its own host names (DNS-rebinding defence): name it, not the proxy.
        headers: { ...req.headers, host: upstream.host },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(out);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seats: () => seats, close: () => server.close() };
}
