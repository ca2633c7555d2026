import { createHash, timingSafeEqual } from 'node:crypto';

/** The sandbox's bearer tokens: one agent token that reads every tenant, one per tenant. */
export interface Tokens {
  agent: string;
  tenants: Record<string, string>;
}

export type Principal = { kind: 'agent' } | { kind: 'tenant'; tenant: string };

// Digests have equal length, which timingSafeEqual needs, and hide the secrets' lengths.
const digest = (value: string) => createHash('sha256').update(value).digest();

/** Who a bearer token belongs to; every candidate is compared so that timing reveals nothing. */
export function principalOf(token: string, tokens: Tokens): Principal | undefined {
  const given = digest(token);
  const candidates: [Principal, string][] = [
    [{ kind: 'agent' }, tokens.agent],
    ...Object.entries(tokens.tenants).map(([tenant, t]): [Principal, string] => [
      { kind: 'tenant', tenant },
      t,
    ]),
  ];
  let found: Principal | undefined;
  for (const [principal, secret] of candidates) {
    if (timingSafeEqual(given, digest(secret)) && !found) found = principal;
  }
  return found;
}

/** The token of an `Authorization: Bearer TOKEN` header (RFC 6750), if well-formed. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header ?? '')?.[1];
}
