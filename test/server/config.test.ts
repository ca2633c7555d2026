import { describe, expect, it } from 'vitest';
import { banner } from '../../server/banner';
import { configFromEnv, largeSizes, rateLimits } from '../../server/config';
import { largeListing } from '../../server/sandbox/large';
import { sandboxTenants } from '../../server/sandbox/tenants';

const ids = sandboxTenants.map((t) => t.id);

describe('configFromEnv', () => {
  it('defaults to port 5178, .data/, sandbox tokens and the own origin', () => {
    expect(configFromEnv({}, ids)).toEqual({
      port: 5178,
      dataFile: '.data/seatguard.sqlite',
      tokens: { agent: 'sandbox-agent', tenants: Object.fromEntries(ids.map((id) => [id, `sandbox-${id}`])) },
      corsOrigins: undefined,
      large: [],
    });
  });

  it('reads every variable; empty ones count as unset', () => {
    const config = configFromEnv(
      {
        SEATGUARD_PORT: '0',
        SEATGUARD_DATA: '/tmp/x.sqlite',
        SEATGUARD_AGENT_TOKEN: 'agent-1',
        SEATGUARD_TENANT_TOKENS: 'qics-demo=q-1, am-demo=a-1',
        SEATGUARD_CORS_ORIGINS: 'https://portal.example, http://localhost:3000',
        SEATGUARD_UNUSED: '',
      },
      ids,
    );
    expect(config).toEqual({
      port: 0,
      dataFile: '/tmp/x.sqlite',
      tokens: { agent: 'agent-1', tenants: { 'qics-demo': 'q-1', 'am-demo': 'a-1' } },
      corsOrigins: ['https://portal.example', 'http://localhost:3000'],
      large: [],
    });
    expect(configFromEnv({ SEATGUARD_PORT: '' }, ids).port).toBe(5178);
  });

  it.each([
    [{ SEATGUARD_PORT: 'http' }, /SEATGUARD_PORT/],
    [{ SEATGUARD_PORT: '70000' }, /SEATGUARD_PORT/],
    [{ SEATGUARD_AGENT_TOKEN: 'has space' }, /SEATGUARD_AGENT_TOKEN/],
    [{ SEATGUARD_TENANT_TOKENS: 'qics-demo' }, /SEATGUARD_TENANT_TOKENS/],
    [{ SEATGUARD_TENANT_TOKENS: 'Bad_Id=x' }, /SEATGUARD_TENANT_TOKENS/],
    [{ SEATGUARD_TENANT_TOKENS: 'qics-demo=sandbox-agent' }, /every token must be different/],
    [{ SEATGUARD_CORS_ORIGINS: 'https://portal.example/path' }, /SEATGUARD_CORS_ORIGINS/],
    [{ SEATGUARD_PUBLIC_ORIGIN: 'seats.example' }, /SEATGUARD_PUBLIC_ORIGIN/],
    [{ SEATGUARD_PUBLIC_ORIGIN: 'https://seats.example/' }, /SEATGUARD_PUBLIC_ORIGIN/],
    [{ SEATGUARD_RATE_LIMITS: 'token=10' }, /SEATGUARD_RATE_LIMITS: "token=10" is not a limit/],
    [{ SEATGUARD_RATE_LIMITS: 'tokens=10/1s' }, /NAME one of token, address, auth-failures, mint/],
    [{ SEATGUARD_RATE_LIMITS: 'token=0/10s' }, /SEATGUARD_RATE_LIMITS: "token=0\/10s"/],
    [{ SEATGUARD_RATE_LIMITS: 'token=10/0s' }, /SEATGUARD_RATE_LIMITS/],
    [{ SEATGUARD_RATE_LIMITS: 'token=10/10m' }, /SEATGUARD_RATE_LIMITS/],
    [{ SEATGUARD_RATE_LIMITS: 'mint=1/100000s' }, /SEATGUARD_RATE_LIMITS/],
    [{ SEATGUARD_LARGE: '10k' }, /SEATGUARD_LARGE: "10k" is not a user count/],
    [{ SEATGUARD_LARGE: '10000,,100000' }, /SEATGUARD_LARGE: "" is not a user count/],
    [{ SEATGUARD_LARGE: '0' }, /SEATGUARD_LARGE: "0" is not a user count/],
    [{ SEATGUARD_LARGE: '-5' }, /SEATGUARD_LARGE: "-5"/],
    [{ SEATGUARD_LARGE: '1.5, 2e4' }, /SEATGUARD_LARGE: "1.5", "2e4"/],
    [{ SEATGUARD_LARGE: '1000001' }, /from 1 to 1000000/],
  ])('refuses %j', (env, message) => {
    expect(() => configFromEnv(env, ids)).toThrow(message);
  });
});

describe('SEATGUARD_PUBLIC_ORIGIN and SEATGUARD_RATE_LIMITS', () => {
  it('reads the public origins the server is reached at besides loopback', () => {
    const env = { SEATGUARD_PUBLIC_ORIGIN: 'https://seats.example, http://proxy.internal:8080' };
    expect(configFromEnv(env, ids).publicOrigins).toEqual([
      'https://seats.example',
      'http://proxy.internal:8080',
    ]);
    expect(configFromEnv({}, ids).publicOrigins).toBeUndefined();
  });

  it.each([
    ['token=100/1s', { token: { limit: 100, windowMs: 1_000 } }],
    [
      ' auth-failures=5/300s , mint=10/60s ',
      { authFailures: { limit: 5, windowMs: 300_000 }, mint: { limit: 10, windowMs: 60_000 } },
    ],
    ['address=100000/10s', { address: { limit: 100_000, windowMs: 10_000 } }],
  ])('%j overrides those limits and keeps the others', (value, limits) => {
    expect(rateLimits(value)).toEqual(limits);
    expect(configFromEnv({ SEATGUARD_RATE_LIMITS: value }, ids).limits).toEqual(limits);
  });
});

describe('SEATGUARD_LARGE', () => {
  it.each([
    ['10000,100000', [10_000, 100_000]],
    [' 25 , 10000 ', [25, 10_000]],
    ['10000,10000', [10_000]],
    ['1000000', [1_000_000]],
  ])('%j adds the large tenants %j', (value, sizes) => {
    expect(largeSizes(value)).toEqual(sizes);
  });

  it('adds each large tenant with a default token sandbox-<tenant>', () => {
    const config = configFromEnv({ SEATGUARD_LARGE: '10000,100000' }, ids);
    expect(config.large).toEqual([10_000, 100_000]);
    expect(config.tokens.tenants).toMatchObject({
      'qics-demo': 'sandbox-qics-demo',
      'large-10000': 'sandbox-large-10000',
      'large-100000': 'sandbox-large-100000',
    });
  });

  it('lets SEATGUARD_TENANT_TOKENS name a large tenant', () => {
    const env = { SEATGUARD_LARGE: '10000', SEATGUARD_TENANT_TOKENS: 'large-10000=big-1' };
    expect(configFromEnv(env, ids).tokens.tenants).toEqual({ 'large-10000': 'big-1' });
  });
});

describe('banner', () => {
  it('prints the five admin URLs, the exact base to paste, the OpenAPI URL and the tokens', () => {
    const { tokens } = configFromEnv({}, ids);
    const text = banner('http://127.0.0.1:5178', sandboxTenants, tokens, '.data/seatguard.sqlite', true);
    for (const id of ids) {
      expect(text).toContain(`http://127.0.0.1:5178/t/${id}/admin/users`);
      expect(text).toContain(`sandbox-${id}`);
    }
    // The options page's "Seat API base URL": the client adds v1/… itself, so `…/v1` there would be a 404.
    expect(text).toMatch(/^Seat API {3}http:\/\/127\.0\.0\.1:5178\/ {2}\(the base URL to paste/m);
    expect(text).not.toMatch(/^Seat API .*\/v1\s/m);
    expect(text).toContain('OpenAPI    http://127.0.0.1:5178/v1/openapi.json');
    expect(text).toContain('sandbox-agent');
  });

  it.each([
    [
      'built: the partner portal, no build step',
      true,
      /^Partner {4}http:\/\/127\.0\.0\.1:5178\/partner {2}\(a partner portal/m,
    ],
    ['not built: the command that builds it', false, /^Partner .*`npm run build:widget`/m],
  ])('the widget %s', (_name, built, line) => {
    const { tokens } = configFromEnv({}, ids);
    const text = banner('http://127.0.0.1:5178', sandboxTenants, tokens, '.data/seatguard.sqlite', built);
    expect(text).toMatch(line);
  });

  it('lists the large tenants with their admin URLs and tokens', () => {
    const { tokens, large = [] } = configFromEnv({ SEATGUARD_LARGE: '10000,100000' }, ids);
    const listed = [...sandboxTenants, ...large.map(largeListing)];
    const text = banner('http://127.0.0.1:5178', listed, tokens, '.data/seatguard.sqlite', true);
    expect(text).toContain(
      'large-10000       Large 10,000 Ltd    http://127.0.0.1:5178/t/large-10000/admin/users',
    );
    expect(text).toContain(
      'large-100000      Large 100,000 Ltd   http://127.0.0.1:5178/t/large-100000/admin/users',
    );
    expect(text).toContain('large-100000      sandbox-large-100000');
  });
});
