import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Problem, SeatsResponse } from '../../lib/api/schemas';
import { api, NOW, type Sandbox, startSandbox, tokens } from './helpers';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.dispose());

const T = tokens.tenants;

describe('GET /v1/tenants/:tenant/seats', () => {
  it.each([
    { name: 'the agent token, any tenant', token: tokens.agent, tenant: 'am-demo', status: 200 },
    { name: 'a tenant token, its own tenant', token: T['qics-demo'], tenant: 'qics-demo', status: 200 },
    { name: 'no token', token: undefined, tenant: 'qics-demo', status: 401 },
    { name: 'an unknown token', token: 'nope', tenant: 'qics-demo', status: 401 },
    { name: 'a tenant token, another tenant', token: T['qics-demo'], tenant: 'am-demo', status: 403 },
    {
      name: 'a tenant token, an unknown tenant (no existence leak)',
      token: T['qics-demo'],
      tenant: 'ghost-demo',
      status: 403,
    },
    { name: 'a tenant token, an invalid tenant id', token: T['qics-demo'], tenant: 'Not_An_Id', status: 403 },
    { name: 'the agent token, an unknown tenant', token: tokens.agent, tenant: 'ghost-demo', status: 404 },
    { name: 'the agent token, an invalid tenant id', token: tokens.agent, tenant: 'Not_An_Id', status: 404 },
  ])('$name → $status', async ({ token, tenant, status }) => {
    const response = await api(sandbox.url, `/v1/tenants/${tenant}/seats`, token);
    expect(response.status).toBe(status);
    if (status === 200) {
      const body = z.parse(SeatsResponse, await response.json());
      expect(body.policy.tenant).toBe(tenant);
      expect(body.snapshot.asOf).toBe(NOW.toISOString());
      expect(response.headers.get('cache-control')).toBe('private, no-cache');
      expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    } else {
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(z.parse(Problem, await response.json()).status).toBe(status);
    }
  });

  it.each([
    ['a missing header', undefined, 'Bearer realm="seatguard"'],
    ['a bad token', 'Bearer nope', 'Bearer realm="seatguard", error="invalid_token"'],
    ['another scheme', 'Basic dGVzdDp0ZXN0', 'Bearer realm="seatguard", error="invalid_token"'],
  ])('401 for %s challenges with WWW-Authenticate', async (_case, header, challenge) => {
    const headers: Record<string, string> = header ? { Authorization: header } : {};
    const response = await fetch(`${sandbox.url}/v1/tenants/qics-demo/seats`, { headers });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(challenge);
  });
});

describe('contract v1.1 fields in the seats body (seat-api.md, v1.1)', () => {
  interface WireUser {
    id: string;
    name?: unknown;
    email?: unknown;
    lastActiveAt?: unknown;
    billable?: unknown;
  }
  const wire = async (tenant: string) => {
    const response = await api(sandbox.url, `/v1/tenants/${tenant}/seats`, tokens.agent);
    return (await response.json()) as { snapshot: { users: WireUser[]; teams: { name?: unknown }[] } };
  };
  const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

  it.each([
    ['qics-demo', 25, 0],
    ['am-demo', 12, 0],
    ['echo-teams', 7, 5],
    ['echo-members', 8, 4],
    ['citizenlab-demo', 11, 0],
  ])(
    '%s: each of %i users has a name, an e-mail and a last activity before the answer; %i teams named',
    async (tenant, users, teams) => {
      const { snapshot } = await wire(tenant);
      expect(snapshot.users).toHaveLength(users);
      for (const user of snapshot.users) {
        expect(user.name, user.id).toMatch(/\S/);
        expect(user.email, user.id).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
        expect(user.lastActiveAt, user.id).toMatch(RFC3339_UTC);
        expect(Date.parse(String(user.lastActiveAt))).toBeLessThan(NOW.getTime());
      }
      expect(snapshot.teams).toHaveLength(teams);
      for (const team of snapshot.teams) expect(team.name).toMatch(/\S/);
    },
  );

  it.each([
    ['citizenlab-demo', ['c11']],
    ['qics-demo', []],
    ['echo-members', []],
  ])('%s sends billable: false for exactly %j', async (tenant, unbilled) => {
    const { snapshot } = await wire(tenant);
    expect(snapshot.users.filter((u) => u.billable === false).map((u) => u.id)).toEqual(unbilled);
    expect(snapshot.users.every((u) => typeof u.billable === 'boolean')).toBe(true);
  });
});

describe('ETag revalidation', () => {
  const seats = (headers: Record<string, string> = {}) =>
    api(sandbox.url, '/v1/tenants/echo-teams/seats', tokens.agent, headers);

  it.each([
    ['the same tag', (tag: string) => tag, 304],
    ['the weak form of the tag', (tag: string) => `W/${tag}`, 304],
    ['a list holding the tag', (tag: string) => `"other", ${tag}`, 304],
    ['*', () => '*', 304],
    ['another tag', () => '"other"', 200],
  ])('If-None-Match with %s → %s', async (_case, header, status) => {
    const tag = (await seats()).headers.get('etag') ?? '';
    const response = await seats({ 'If-None-Match': header(tag) });
    expect(response.status).toBe(status);
    expect(response.headers.get('etag')).toBe(tag);
    if (status === 304) expect(await response.text()).toBe('');
  });
});

describe('GET /v1/tenants (search)', () => {
  const search = (query: string) => api(sandbox.url, `/v1/tenants${query}`, tokens.agent);

  it.each([
    ['?q=velden', ['citizenlab-demo']],
    ['?q=VELDEN', ['citizenlab-demo']],
    ['?q=echo', ['echo-members', 'echo-teams']],
    ['?q=norrby', ['am-demo']],
    ['?q=demo&limit=2', ['am-demo', 'citizenlab-demo']],
    ['', ['am-demo', 'citizenlab-demo', 'echo-members', 'echo-teams', 'qics-demo']],
    ['?q=nothing-like-this', []],
  ])('%s finds %j', async (query, ids) => {
    const response = await search(query);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { tenants: { id: string }[] };
    expect(body.tenants.map((t) => t.id)).toEqual(ids);
  });

  it.each([
    { name: 'limit=0', query: '?limit=0', token: tokens.agent, status: 400 },
    { name: 'limit=51', query: '?limit=51', token: tokens.agent, status: 400 },
    { name: 'limit=abc', query: '?limit=abc', token: tokens.agent, status: 400 },
    { name: 'limit=1.5', query: '?limit=1.5', token: tokens.agent, status: 400 },
    { name: 'a tenant token', query: '?q=demo', token: T['am-demo'], status: 403 },
    { name: 'no token', query: '', token: undefined, status: 401 },
  ])('$name → $status problem', async ({ query, token, status }) => {
    const response = await api(sandbox.url, `/v1/tenants${query}`, token);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = z.parse(Problem, await response.json());
    expect(body).toMatchObject({ type: 'about:blank', status });
    expect(body.detail).toBeTruthy();
  });
});

describe('unknown routes and methods under /v1', () => {
  it.each([
    ['GET', '/v1/nope', tokens.agent],
    ['GET', '/v1', undefined],
    ['DELETE', '/v1/tenants/qics-demo/seats', tokens.agent],
    ['GET', '/v1/sandbox/reset', tokens.agent],
  ])('%s %s → 404 problem', async (method, path, token) => {
    const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
    const response = await fetch(`${sandbox.url}${path}`, { method, headers });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(z.parse(Problem, await response.json())).toMatchObject({ status: 404, title: 'Not Found' });
  });
});
