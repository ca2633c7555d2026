const SAFE = new Set(['https:', 'http:', 'mailto:']);

/** The link if it is absolute web or mail; config may come from a host page, and `javascript:` must never run. */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href);
    return SAFE.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Where the admin acts on one user or team on the host (its adapter's `links`); undefined where unknown. */
export type LinkFor = (what: 'user' | 'team', id: string) => string | undefined;
