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
