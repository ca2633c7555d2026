import type { HostAdapter } from '../../hosts';

/** What `permissions.contains` and `permissions.request` take. */
export interface PermissionSet {
  origins?: string[];
  permissions?: string[];
}

// Scheme and host of a match pattern; `*` and `*.example.com` hosts stay as they are.
const PATTERN = /^(https?):\/\/([^/]+)\//;

/** `https://api.example.com:8443/seat/` → `https://api.example.com/*` (match patterns ignore the port). */
export function urlOrigin(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/** `https://*.example.com/admin*` → `https://*.example.com/*`. */
export function patternOrigin(pattern: string): string {
  const [, scheme, host] = PATTERN.exec(pattern) ?? [];
  if (!scheme || !host) throw new TypeError(`not a match pattern: ${pattern}`);
  return `${scheme}://${host.replace(/:\d+$/, '')}/*`;
}

/** Everything a customer adapter needs to run: its pages, its Seat API and registering content scripts. */
export function adapterPermissions(adapters: readonly HostAdapter[]): Required<PermissionSet> {
  const origins = adapters.flatMap((adapter) => [
    ...adapter.matches.map(patternOrigin),
    ...(adapter.api ? [urlOrigin(adapter.api.baseUrl)] : []),
  ]);
  return { permissions: ['scripting'], origins: [...new Set(origins)] };
}
