import { describe, expect, it } from 'vitest';
import { banner } from '../../server/banner';
import { configFromEnv } from '../../server/config';
import { sandboxTenants } from '../../server/sandbox/tenants';

const ids = sandboxTenants.map((t) => t.id);

describe('configFromEnv', () => {
  it('defaults to port 5178, .data/, sandbox tokens and the own origin', () => {
    expect(configFromEnv({}, ids)).toEqual({
      port: 5178,
      dataFile: '.data/seatguard.sqlite',
      tokens: { agent: 'sandbox-agent', tenants: Object.fromEntries(ids.map((id) => [id, `sandbox-${id}`])) },
      corsOrigins: undefined,
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
  ])('refuses %j', (env, message) => {
    expect(() => configFromEnv(env, ids)).toThrow(message);
  });
});

describe('banner', () => {
  it('prints the five admin URLs, the API base, the OpenAPI URL and the tokens', () => {
    const { tokens } = configFromEnv({}, ids);
    const text = banner('http://127.0.0.1:5178', sandboxTenants, tokens, '.data/seatguard.sqlite');
    for (const id of ids) {
      expect(text).toContain(`http://127.0.0.1:5178/t/${id}/admin/users`);
      expect(text).toContain(`sandbox-${id}`);
    }
    expect(text).toContain('Seat API   http://127.0.0.1:5178/v1');
    expect(text).toContain('OpenAPI    http://127.0.0.1:5178/v1/openapi.json');
    expect(text).toContain('sandbox-agent');
  });
});
