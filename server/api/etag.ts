import { createHash } from 'node:crypto';

/** A strong entity tag: the SHA-256 of the representation, base64url, quoted (RFC 9110). */
export function strongEtag(content: string): string {
  return `"${createHash('sha256').update(content).digest('base64url')}"`;
}

/** If-None-Match uses the weak comparison: `W/"x"` matches `"x"`; `*` matches any (RFC 9110 13.1.2). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
