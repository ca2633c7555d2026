import * as z from 'zod/mini';
import { Token } from './attributes';

/** A portal's function that returns a short-lived token for the element's tenant. */
export type TokenProvider = () => string | Promise<string>;

export type TokenSource = { token: string } | { provider: TokenProvider };

/** The token provider threw, or returned something that is not a bearer token. */
export class TokenProviderError extends Error {
  override readonly name = 'TokenProviderError';
}

const lastTokens = new WeakMap<TokenProvider, Promise<string>>();
const providerIds = new WeakMap<TokenProvider, number>();
let providerCount = 0;

/** Identity of a source for sharing requests: the token itself, or the provider function object. */
export function sourceKey(source: TokenSource): string {
  if ('token' in source) return `token:${source.token}`;
  let id = providerIds.get(source.provider);
  if (id === undefined) {
    providerCount += 1;
    id = providerCount;
    providerIds.set(source.provider, id);
  }
  return `provider:${id}`;
}

/** The token to send: the attribute's, or the provider's last one unless `renew` asks for a fresh one. */
export function tokenOf(source: TokenSource, renew = false): Promise<string> {
  if ('token' in source) return Promise.resolve(source.token);
  const { provider } = source;
  const last = renew ? undefined : lastTokens.get(provider);
  if (last) return last;
  const next = callProvider(provider);
  lastTokens.set(provider, next);
  // A failed call is forgotten, so that the next load asks the provider again.
  next.catch(() => {
    if (lastTokens.get(provider) === next) lastTokens.delete(provider);
  });
  return next;
}

async function callProvider(provider: TokenProvider): Promise<string> {
  let value: unknown;
  try {
    value = await provider();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TokenProviderError(`tokenProvider failed: ${reason}`, { cause: error });
  }
  const token = z.safeParse(Token, value);
  if (!token.success) throw new TokenProviderError('tokenProvider returned no bearer token');
  return token.data;
}
