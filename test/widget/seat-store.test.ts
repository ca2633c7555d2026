// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createFactsLoader, type FactsRequest, loadFacts } from '../../widget/seat-store';
import { fakeApi, freshApiBase, problem, seatsBody, TENANT } from './fixtures';

const request = (source: FactsRequest['source'] = { token: 'attr-token' }): FactsRequest => ({
  api: freshApiBase(),
  tenant: TENANT,
  source,
});

const ok = (used: number, etag = '"v1"') => ({ status: 200, body: seatsBody(used), etag });
const live = () => new AbortController().signal;

describe('loadFacts: one request per api + tenant + token', () => {
  it('three callers at once share one request and one parse', async () => {
    const api = fakeApi(ok(25));
    const req = request();
    const options = { signal: live(), maxAgeMs: 30_000, fetch: api.fetch };
    const [a, b, c] = await Promise.all([
      loadFacts(req, options),
      loadFacts(req, options),
      loadFacts(req, options),
    ]);
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.authorization).toBe('Bearer attr-token');
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(a.prepared.report({ now: '2026-11-22T09:00:00Z' }).pools[0]?.used).toBe(25);
  });

  it('answers from memory while fresh, asks again once older than maxAgeMs', async () => {
    const api = fakeApi(ok(25));
    const req = request();
    let now = 1_000;
    const loader = createFactsLoader(() => now);
    const load = (maxAgeMs: number) => loader(req, { signal: live(), maxAgeMs, fetch: api.fetch });
    await load(30_000);
    now += 29_000;
    await load(30_000);
    expect(api.calls).toHaveLength(1);
    now += 2_000;
    await load(30_000);
    expect(api.calls).toHaveLength(2);
    await load(0);
    expect(api.calls).toHaveLength(3);
  });

  it('revalidates with the ETag and keeps the facts on 304', async () => {
    const api = fakeApi(ok(25, '"v7"'), { status: 304, etag: '"v7"' });
    const req = request();
    const first = await loadFacts(req, { signal: live(), maxAgeMs: 0, fetch: api.fetch });
    const second = await loadFacts(req, { signal: live(), maxAgeMs: 0, fetch: api.fetch });
    expect(api.calls.map((c) => c.ifNoneMatch)).toEqual([null, '"v7"']);
    expect(second.prepared).toBe(first.prepared);
  });

  it('different tokens of one tenant do not share', async () => {
    const api = fakeApi(ok(25));
    const base = freshApiBase();
    const options = { signal: live(), maxAgeMs: 30_000, fetch: api.fetch };
    await Promise.all([
      loadFacts({ api: base, tenant: TENANT, source: { token: 'a' } }, options),
      loadFacts({ api: base, tenant: TENANT, source: { token: 'b' } }, options),
    ]);
    expect(api.calls).toHaveLength(2);
  });
});

describe('loadFacts: a refused token', () => {
  it('asks the provider again on 401 and retries once', async () => {
    const api = fakeApi(problem(401), ok(25));
    let n = 0;
    const provider = vi.fn(async () => `minted-${++n}`);
    const facts = await loadFacts(request({ provider }), { signal: live(), maxAgeMs: 0, fetch: api.fetch });
    expect(facts.prepared.policy.tenant).toBe(TENANT);
    expect(provider).toHaveBeenCalledTimes(2);
    expect(api.calls.map((c) => c.authorization)).toEqual(['Bearer minted-1', 'Bearer minted-2']);
  });

  it('gives up after the renewed token is refused too', async () => {
    const api = fakeApi(problem(401));
    const provider = vi.fn(async () => 'still-bad');
    const load = loadFacts(request({ provider }), { signal: live(), maxAgeMs: 0, fetch: api.fetch });
    await expect(load).rejects.toMatchObject({ code: 'unauthorized' });
    expect(provider).toHaveBeenCalledTimes(2);
    expect(api.calls).toHaveLength(2);
  });

  it.each([
    ['an attribute token on 401', { token: 'bad' }, problem(401), 'unauthorized'],
    ['a provider token on 403', { provider: async () => 'other-tenant' }, problem(403), 'forbidden'],
  ])('does not retry %s', async (_, source, reply, code) => {
    const api = fakeApi(reply);
    const load = loadFacts(request(source), { signal: live(), maxAgeMs: 0, fetch: api.fetch });
    await expect(load).rejects.toMatchObject({ code });
    expect(api.calls).toHaveLength(1);
  });
});

describe('loadFacts: cancelling', () => {
  it('one caller leaving does not cancel the request for the others', async () => {
    const api = fakeApi(ok(25));
    const req = request();
    const leaving = new AbortController();
    const left = loadFacts(req, { signal: leaving.signal, maxAgeMs: 0, fetch: api.fetch });
    const stays = loadFacts(req, { signal: live(), maxAgeMs: 0, fetch: api.fetch });
    leaving.abort();
    await expect(left).rejects.toThrow();
    await expect(stays).resolves.toMatchObject({ etag: '"v1"' });
    expect(api.calls).toHaveLength(1);
  });

  it('the last caller leaving cancels the request, and the next caller starts a new one', async () => {
    let signal: AbortSignal | undefined;
    const hanging: typeof fetch = (input, init) => {
      signal = new Request(input, init).signal;
      return new Promise(() => {});
    };
    const req = request();
    const leaving = new AbortController();
    const left = loadFacts(req, { signal: leaving.signal, maxAgeMs: 0, fetch: hanging });
    await vi.waitFor(() => expect(signal).toBeDefined());
    leaving.abort();
    await expect(left).rejects.toThrow();
    expect(signal?.aborted).toBe(true);
    const api = fakeApi(ok(25));
    await expect(loadFacts(req, { signal: live(), maxAgeMs: 0, fetch: api.fetch })).resolves.toBeDefined();
    expect(api.calls).toHaveLength(1);
  });
});

describe('loadFacts: bad facts', () => {
  it.each([
    ['a body that is not the Seat API shape', { status: 200, body: { hello: 'world' } }, 'invalid-response'],
    ['a server error', problem(501), 'server-error'],
  ])('%s rejects with %s', async (_, reply, code) => {
    const api = fakeApi(reply);
    const load = loadFacts(request(), { signal: live(), maxAgeMs: 0, fetch: api.fetch });
    await expect(load).rejects.toMatchObject({ code });
  });
});
