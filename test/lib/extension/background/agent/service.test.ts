import '../../fake-browser';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { type SeatApi, SeatApiError, type SeatApiOptions, SeatsResponse } from '../../../../../lib/api';
import type { AgentDeps } from '../../../../../lib/extension/background/agent/answers';
import { type AgentPort, serveAgentPort } from '../../../../../lib/extension/background/agent/service';
import type { AgentReply } from '../../../../../lib/extension/shared/agent-protocol';
import { builtInAdapters } from '../../../../../lib/hosts';
import { citizenlab, citizenlabSnapshot, NOW } from '../../../rules/fixtures';

const FACTS = z.parse(SeatsResponse, { policy: citizenlab(), snapshot: citizenlabSnapshot() });
const AGENT = { baseUrl: 'http://127.0.0.1:5178/', token: 'agent-token' };
const TENANTS = [{ id: 'citizenlab-demo', name: 'Gemeente Velden', level: 'full' as const, pools: [] }];

/** A call that settles when the test says so, or rejects as aborted when its signal fires. */
function pending<T>(signal: AbortSignal | undefined) {
  let settle: (value: T | Error) => void = () => {};
  const promise = new Promise<T>((resolve, reject) => {
    settle = (value) => (value instanceof Error ? reject(value) : resolve(value));
    signal?.addEventListener('abort', () => reject(new SeatApiError('aborted', 'cancelled')));
  });
  return { promise, settle };
}

function setup(overrides: Partial<AgentDeps> = {}) {
  const calls: {
    method: string;
    arg: string;
    signal: AbortSignal | undefined;
    settle: (v: unknown) => void;
  }[] = [];
  const api = vi.fn(
    (_options: SeatApiOptions): SeatApi => ({
      searchTenants: (q, options = {}) => {
        const call = pending<{ tenants: typeof TENANTS }>(options.signal);
        calls.push({
          method: 'search',
          arg: q,
          signal: options.signal,
          settle: call.settle as (v: unknown) => void,
        });
        return call.promise;
      },
      seats: (tenant, options = {}) => {
        const call = pending<Awaited<ReturnType<SeatApi['seats']>>>(options.signal);
        calls.push({
          method: 'seats',
          arg: tenant,
          signal: options.signal,
          settle: call.settle as (v: unknown) => void,
        });
        return call.promise;
      },
    }),
  );
  const deps: AgentDeps = {
    agent: async () => AGENT,
    connections: async () => ({}),
    settings: async () => ({ lang: 'auto' }),
    adapters: async () => builtInAdapters,
    api,
    now: () => Date.parse(NOW),
    ...overrides,
  };
  const sent: AgentReply[] = [];
  const onMessage: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port: AgentPort = {
    postMessage: (reply) => void sent.push(reply),
    onMessage: { addListener: (listener) => void onMessage.push(listener) },
    onDisconnect: { addListener: (listener) => void onDisconnect.push(listener) },
  };
  serveAgentPort(port, deps);
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  const ask = async (message: unknown) => {
    for (const listener of onMessage) listener(message);
    await flush();
  };
  const close = () => {
    for (const listener of onDisconnect) listener();
  };
  return { api, calls, sent, ask, close, flush };
}

describe('agent service: search', () => {
  it('searches with the agent connection and the request’s own signal', async () => {
    const s = setup();
    await s.ask({ type: 'search', id: 1, q: 'velden' });
    expect(s.api).toHaveBeenCalledWith(
      expect.objectContaining({ ...AGENT, signal: expect.any(AbortSignal) }),
    );
    expect(s.calls[0]).toMatchObject({ method: 'search', arg: 'velden' });
    s.calls[0]?.settle({ tenants: TENANTS });
    await s.flush();
    expect(s.sent).toEqual([{ type: 'results', id: 1, tenants: TENANTS }]);
  });

  it('aborts the previous search when a new one arrives; only the new one answers', async () => {
    const s = setup();
    await s.ask({ type: 'search', id: 1, q: 'vel' });
    await s.ask({ type: 'search', id: 2, q: 'velden' });
    expect(s.calls[0]?.signal?.aborted).toBe(true);
    expect(s.calls[1]?.signal?.aborted).toBe(false);
    s.calls[1]?.settle({ tenants: TENANTS });
    await s.flush();
    expect(s.sent.map((reply) => reply.id)).toEqual([2]);
  });

  it('keeps a tenant load running while the agent types', async () => {
    const s = setup();
    await s.ask({ type: 'tenant', id: 1, tenant: 'citizenlab-demo' });
    await s.ask({ type: 'search', id: 2, q: 'q' });
    expect(s.calls[0]?.signal?.aborted).toBe(false);
  });

  it('aborts everything when the popup closes, and answers nothing more', async () => {
    const s = setup();
    await s.ask({ type: 'search', id: 1, q: 'vel' });
    s.close();
    expect(s.calls[0]?.signal?.aborted).toBe(true);
    await s.flush();
    expect(s.sent).toEqual([]);
  });

  it('says why a search failed', async () => {
    const s = setup();
    await s.ask({ type: 'search', id: 3, q: 'vel' });
    s.calls[0]?.settle(new SeatApiError('unauthorized', 'The Seat API refused the token', { status: 401 }));
    await s.flush();
    expect(s.sent).toEqual([
      { type: 'failed', id: 3, error: { code: 'unauthorized', message: 'The Seat API refused the token' } },
    ]);
  });

  it('answers unconfigured without an agent connection, asking nobody', async () => {
    const s = setup({ agent: async () => null });
    await s.ask({ type: 'search', id: 1, q: 'vel' });
    expect(s.api).not.toHaveBeenCalled();
    expect(s.sent).toEqual([
      { type: 'failed', id: 1, error: expect.objectContaining({ code: 'unconfigured' }) },
    ]);
  });

  it.each([
    ['an unknown type', { type: 'seats', id: 1 }],
    ['no id', { type: 'search', q: 'x' }],
    ['a query over 100 characters', { type: 'search', id: 1, q: 'x'.repeat(101) }],
    ['a tenant that is no tenant id', { type: 'tenant', id: 1, tenant: '../admin' }],
    ['not an object', 'search'],
  ])('drops %s', async (_name, message) => {
    const s = setup();
    await s.ask(message);
    expect(s.api).not.toHaveBeenCalled();
    expect(s.sent).toEqual([]);
  });
});

describe('agent service: one tenant', () => {
  it('sends its view, its facts and its admin page', async () => {
    const s = setup();
    await s.ask({ type: 'tenant', id: 4, tenant: 'citizenlab-demo' });
    s.calls[0]?.settle({ status: 'fresh', data: FACTS, etag: '"1"' });
    await s.flush();
    const [reply] = s.sent;
    expect(reply).toMatchObject({
      type: 'tenant',
      id: 4,
      view: {
        tenant: 'citizenlab-demo',
        status: 'ready',
        name: 'Gemeente Velden',
        fetchedAt: Date.parse(NOW),
      },
      facts: FACTS,
      adminHref: 'http://127.0.0.1:5178/t/citizenlab-demo/admin/users',
    });
    expect(
      reply?.type === 'tenant' && reply.view.report?.pools.map((p) => `${p.id} ${p.used}/${p.limit}`),
    ).toEqual(['admins 2/2', 'managers 2/3']);
  });

  it('without an agent token, reads through the host connection of the tab’s adapter', async () => {
    const host = { baseUrl: 'http://localhost:5178/', token: 'tenant-token' };
    const s = setup({ agent: async () => null, connections: async () => ({ 'sandbox-qics-demo': host }) });
    await s.ask({ type: 'tenant', id: 1, tenant: 'qics-demo', adapter: 'sandbox-qics-demo' });
    expect(s.api).toHaveBeenCalledWith(expect.objectContaining(host));
    s.calls[0]?.settle(new SeatApiError('forbidden', 'no'));
    await s.flush();
    expect(s.sent[0]).toMatchObject({
      view: { tenant: 'qics-demo', status: 'error', error: { code: 'forbidden' } },
      adminHref: 'http://localhost:5178/t/qics-demo/admin/users',
    });
  });

  it('is unconfigured with neither an agent token nor a host connection', async () => {
    const s = setup({ agent: async () => null });
    await s.ask({ type: 'tenant', id: 1, tenant: 'qics-demo', adapter: 'sandbox-qics-demo' });
    expect(s.sent).toEqual([
      { type: 'tenant', id: 1, view: { tenant: 'qics-demo', status: 'unconfigured' } },
    ]);
  });

  it('has no admin page for a tenant no adapter knows', async () => {
    const s = setup();
    await s.ask({ type: 'tenant', id: 1, tenant: 'acme' });
    s.calls[0]?.settle(new SeatApiError('not-found', 'no'));
    await s.flush();
    expect(s.sent[0]).not.toHaveProperty('adminHref');
  });
});

describe('agent service: test connection', () => {
  it('tries the given connection with a one-tenant search', async () => {
    const s = setup({ agent: async () => null });
    await s.ask({ type: 'test', id: 0, baseUrl: 'https://seats.example/', token: 't' });
    expect(s.api).toHaveBeenCalledWith(
      expect.objectContaining({ baseUrl: 'https://seats.example/', token: 't' }),
    );
    s.calls[0]?.settle({ tenants: [] });
    await s.flush();
    expect(s.sent).toEqual([{ type: 'tested', id: 0 }]);
  });

  it('reports a client that cannot be built, such as a bad URL', async () => {
    const s = setup();
    s.api.mockImplementationOnce(() => {
      throw new SeatApiError('config', 'Seat API client: baseUrl');
    });
    await s.ask({ type: 'test', id: 0, baseUrl: 'nope', token: 't' });
    expect(s.sent).toEqual([
      { type: 'failed', id: 0, error: { code: 'config', message: 'Seat API client: baseUrl' } },
    ]);
  });
});
