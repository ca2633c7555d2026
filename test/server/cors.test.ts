import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/main';
import { PORTAL, type Sandbox, startSandbox, tempDataFile, tokens } from './helpers';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.dispose());

const seats = (origin: string, init: RequestInit = {}) =>
  fetch(`${sandbox.url}/v1/tenants/qics-demo/seats`, {
    ...init,
    headers: { Origin: origin, Authorization: `Bearer ${tokens.agent}`, ...init.headers },
  });

const preflight = (origin: string) =>
  fetch(`${sandbox.url}/v1/tenants/qics-demo/seats`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'authorization, if-none-match',
    },
  });

describe('CORS on the Seat API', () => {
  it('a configured portal may read, with ETag and Retry-After exposed and no credentials or wildcard', async () => {
    const response = await seats(PORTAL);
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(response.headers.get('access-control-expose-headers')).toBe('ETag,Retry-After');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('a configured portal passes the preflight for Authorization and If-None-Match', async () => {
    const response = await preflight(PORTAL);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(response.headers.get('access-control-allow-headers')).toBe('Authorization,If-None-Match');
  });

  it.each(['https://evil.example', 'null', `${PORTAL}.evil.example`])(
    '%s gets no CORS grant',
    async (origin) => {
      expect((await seats(origin)).headers.get('access-control-allow-origin')).toBeNull();
      expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull();
    },
  );

  it("by default only the server's own origin is allowed", async () => {
    const data = tempDataFile();
    const server = await startServer({ port: 0, dataFile: data.dataFile, tokens });
    try {
      const own = await fetch(`${server.url}/v1/openapi.json`, { headers: { Origin: server.url } });
      expect(own.headers.get('access-control-allow-origin')).toBe(server.url);
      const other = await fetch(`${server.url}/v1/openapi.json`, { headers: { Origin: PORTAL } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.close();
    }
  });
});
