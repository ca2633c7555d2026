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

/** `If-None-Match` for a revalidation; the tag must be one a header can carry unchanged. */
export function conditionalHeaders(etag: string | undefined): Record<string, string> {
  if (etag === undefined) return {};
  if (!HEADER_VALUE.test(etag)) throw configError(`etag ${JSON.stringify(etag)}: expected an ETag`);
  return { 'if-none-match': etag };
}

export const SEARCH_PATH = 'v1/tenants';

/** The search query string, with the API's own bounds (q up to 100 characters, limit 1–50). */
export function searchParams(q: string, limit: number | undefined): Record<string, string> {
  const parsed = parseWith(TenantSearchQuery, { q, limit });
  if (!parsed.ok) throw configError(`search ${parsed.issue}`);
  return { q: parsed.data.q, limit: String(parsed.data.limit) };
}
