import type { MiddlewareHandler } from 'hono';
import { problem } from '../api/problem';

// Who this server is: the origins it is reached at. A request naming any other host is refused before a
// route runs (DNS rebinding: a name the attacker controls, pointed at 127.0.0.1), and only pages of these
// origins may post to it (CSRF: another port on 127.0.0.1 is another origin, though the same site).

/** The server's own origins and the hosts they answer to. */
export interface OwnOrigins {
  /** Every origin the server is reached at, e.g. `http://127.0.0.1:5178`. */
  readonly list: readonly string[];
  /** Whether an `Origin` header names one of them (exactly: scheme, host and port). */
  has(origin: string | undefined): boolean;
  /** The own origin a `Host` header (or URL host) names, if any: what the server's pages call themselves. */
  ofHost(host: string | undefined): string | undefined;
}

/** The loopback names of a server listening on `port`. */
export function loopbackOrigins(port: number): string[] {
  return ['127.0.0.1', 'localhost', '[::1]'].map((name) => new URL(`http://${name}:${port}`).origin);
}

const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443' };

export function ownOrigins(origins: readonly string[]): OwnOrigins {
  const list = [...new Set(origins.map((origin) => new URL(origin).origin))];
  const byHost = new Map<string, string>();
  for (const origin of list) {
    const url = new URL(origin);
    byHost.set(url.host, origin);
    // A client may spell out the default port; the URL drops it.
    if (url.port === '') byHost.set(`${url.host}:${DEFAULT_PORT[url.protocol]}`, origin);
  }
  const own = new Set(list);
  return {
    list,
    has: (origin) => origin !== undefined && own.has(origin),
    ofHost: (host) => (host === undefined ? undefined : byHost.get(host.toLowerCase())),
  };
}

/**
 * Refuses (421, problem+json) a request whose Host header or request-target names a host that is not the
 * server's own; the answer never repeats the host it was sent. Not logged: a rebinding page can send many.
 */
export function hostCheck(own: OwnOrigins): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('Host');
    // An absolute request-target (`GET http://x/ HTTP/1.1`) becomes the URL; the Host header may differ.
    const target = new URL(c.req.url).host;
    if (!own.ofHost(target) || (header !== undefined && !own.ofHost(header)))
      return problem(421, 'This server does not answer for that host name; use its own address.');
    await next();
  };
}
