import * as z from 'zod/mini';
import { TenantId } from '../lib/api/schemas';
import { englishErrors } from '../lib/rules/errors';
import { DEFAULT_LIMITS, type LimitName, type RateLimits } from './http/rate-limit';
import { largeTenantId } from './sandbox/large';
import type { StartOptions } from './start';

// npm start's settings from the environment; every default gives a working sandbox.

/** RFC 6750 b64token characters, so a token always fits an Authorization header. */
const Token = z.string().check(z.regex(/^[A-Za-z0-9\-._~+/]+=*$/, 'expected token characters only'));

const Env = z.object({
  SEATGUARD_PORT: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(65535)), 5178),
  SEATGUARD_DATA: z._default(z.string(), '.data/seatguard.sqlite'),
  SEATGUARD_AGENT_TOKEN: z._default(Token, 'sandbox-agent'),
  SEATGUARD_TENANT_TOKENS: z.optional(z.string()),
  SEATGUARD_CORS_ORIGINS: z.optional(z.string()),
  SEATGUARD_PUBLIC_ORIGIN: z.optional(z.string()),
  SEATGUARD_RATE_LIMITS: z.optional(z.string()),
  SEATGUARD_LARGE: z.optional(z.string()),
});

/** Up to a million users: the rules' own benchmark size, and about 30 s of seeding. */
const MAX_LARGE = 1_000_000;

const Pair = z.tuple([TenantId, Token]);
const Origin = z
  .string()
  .check(z.refine((o) => URL.canParse(o) && new URL(o).origin === o, 'expected an origin'));

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function parse<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = z.safeParse(schema, value, { error: englishErrors });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`${what}: ${[...(issue?.path ?? [])].join('.')} ${issue?.message ?? 'invalid'}`.trim());
}

/** The user counts SEATGUARD_LARGE names (`10000,100000`), each once; throws a sentence saying what is wrong. */
export function largeSizes(value: string | undefined): number[] {
  if (value === undefined) return [];
  const items = value.split(',').map((item) => item.trim());
  const bad = items.filter((item) => !/^\d{1,7}$/.test(item) || Number(item) < 1 || Number(item) > MAX_LARGE);
  if (bad.length > 0) {
    const shown = bad.map((item) => JSON.stringify(item)).join(', ');
    throw new Error(
      `SEATGUARD_LARGE: ${shown} is not a user count; expected whole numbers from 1 to ${MAX_LARGE} separated by commas, e.g. 10000,100000`,
    );
  }
  return [...new Set(items.map(Number))];
}

/** The names SEATGUARD_RATE_LIMITS uses for each limit. */
const LIMIT_NAMES: Record<string, LimitName> = {
  token: 'token',
  address: 'address',
  'auth-failures': 'authFailures',
  mint: 'mint',
};

/**
 * SEATGUARD_RATE_LIMITS, `name=COUNT/SECONDSs` pairs (`token=1200/10s,auth-failures=30/60s`); the limits it
 * does not name keep their defaults. Throws a sentence saying what is wrong.
 */
export function rateLimits(value: string | undefined): Partial<RateLimits> | undefined {
  if (value === undefined) return undefined;
  const names = Object.keys(LIMIT_NAMES).join(', ');
  const entries = list(value).map((item) => {
    const [, name = '', count = '', seconds = ''] = /^([a-z-]+)=(\d{1,9})\/(\d{1,5})s$/.exec(item) ?? [];
    const limit = LIMIT_NAMES[name];
    if (!limit || Number(count) < 1 || Number(seconds) < 1 || Number(seconds) > 86_400)
      throw new Error(
        `SEATGUARD_RATE_LIMITS: ${JSON.stringify(item)} is not a limit; expected NAME=COUNT/SECONDSs with NAME one of ${names}, e.g. token=${DEFAULT_LIMITS.token.limit}/${DEFAULT_LIMITS.token.windowMs / 1000}s`,
      );
    return [limit, { limit: Number(count), windowMs: Number(seconds) * 1000 }] as const;
  });
  return Object.fromEntries(entries);
}

function tenantTokens(value: string | undefined, tenantIds: readonly string[]): Record<string, string> {
  if (value === undefined) return Object.fromEntries(tenantIds.map((id) => [id, `sandbox-${id}`]));
  const pairs = list(value).map((pair) => parse(Pair, pair.split('='), 'SEATGUARD_TENANT_TOKENS'));
  return Object.fromEntries(pairs);
}

/** Server options from env vars (empty ones count as unset); throws with the variable's name when one is bad. */
export function configFromEnv(env: NodeJS.ProcessEnv, tenantIds: readonly string[]): StartOptions {
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const e = parse(Env, set, 'environment');
  const large = largeSizes(e.SEATGUARD_LARGE);
  const tokens = {
    agent: e.SEATGUARD_AGENT_TOKEN,
    tenants: tenantTokens(e.SEATGUARD_TENANT_TOKENS, [...tenantIds, ...large.map(largeTenantId)]),
  };
  const all = [tokens.agent, ...Object.values(tokens.tenants)];
  // One token, one principal: a shared token would read as whichever matched first.
  if (new Set(all).size !== all.length)
    throw new Error('SEATGUARD_*_TOKEN(S): every token must be different');
  const origins = e.SEATGUARD_CORS_ORIGINS;
  const publicOrigins = e.SEATGUARD_PUBLIC_ORIGIN;
  return {
    port: e.SEATGUARD_PORT,
    dataFile: e.SEATGUARD_DATA,
    tokens,
    corsOrigins:
      origins === undefined ? undefined : parse(z.array(Origin), list(origins), 'SEATGUARD_CORS_ORIGINS'),
    publicOrigins:
      publicOrigins === undefined
        ? undefined
        : parse(z.array(Origin), list(publicOrigins), 'SEATGUARD_PUBLIC_ORIGIN'),
    limits: rateLimits(e.SEATGUARD_RATE_LIMITS),
    large,
  };
}
