import { configError } from './errors';
import { parseWith } from './issues';
import { TenantId, TenantSearchQuery } from './schemas';

// Relative paths (no leading slash) so they extend the base path, e.g. https://vendor.example/seat-api/.

// Visible ASCII with inner spaces: what a header carries unchanged (no CR/LF, nothing trimmed).
const HEADER_VALUE = /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/;

/** `v1/tenants/{tenant}/seats`, refusing ids that could leave that path (`../`, `%2F`). */
export function seatsPath(tenant: string): string {
  const parsed = parseWith(TenantId, tenant);
  if (!parsed.ok) throw configError(`tenant ${JSON.stringify(tenant)}: ${parsed.issue}`);
  return `v1/tenants/${encodeURIComponent(parsed.data)}/seats`;
}

/** An ETag a header carries unchanged, of 1 kB at most; any other is ignored, never kept or sent. */
export const etagOf = (tag: string | null | undefined) =>
  tag && tag.length <= 1024 && HEADER_VALUE.test(tag) ? tag : undefined;

export const SEARCH_PATH = 'v1/tenants';

/** The search query string, with the API's own bounds (q up to 100 characters, limit 1–50). */
export function searchParams(q: string, limit: number | undefined): Record<string, string> {
  const parsed = parseWith(TenantSearchQuery, { q, limit });
  if (!parsed.ok) throw configError(`search ${parsed.issue}`);
  return { q: parsed.data.q, limit: String(parsed.data.limit) };
}
