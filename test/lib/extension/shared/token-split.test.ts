import { describe, expect, it, vi } from 'vitest';
import {
  entryCodec,
  onlyMovedTokens,
  type PlainItem,
  recordCodec,
  tokenItem,
} from '../../../../lib/extension/shared/token-split';
import type { TokenVault } from '../../../../lib/extension/shared/token-vault';

/** storage.local's item in memory: what a content script could read (in Firefox). */
function memoryItem(initial: unknown) {
  let value = initial;
  const watchers = new Set<(value: unknown) => void>();
  const item: PlainItem & { writes: unknown[] } = {
    writes: [],
    getValue: async () => value,
    setValue: async (next) => {
      value = next;
      item.writes.push(next);
      for (const watcher of watchers) watcher(next);
    },
    watch: (callback) => {
      watchers.add(callback);
      return () => watchers.delete(callback);
    },
  };
  return item;
}

function memoryVault(initial: Record<string, string> = {}): TokenVault & { tokens: Record<string, string> } {
  const tokens = { ...initial };
  return {
    tokens,
    all: async () => ({ ...tokens }),
    put: async (set) => void Object.assign(tokens, set),
    replace: async (prefix, set) => {
      for (const name of Object.keys(tokens)) if (name.startsWith(prefix)) delete tokens[name];
      Object.assign(tokens, set);
    },
  };
}

const A = { baseUrl: 'https://a.example/', token: 'token-a' };
const B = { baseUrl: 'https://b.example/', token: 'token-b' };
const hosts = recordCodec('host:');
const agent = entryCodec('agent');

describe('recordCodec and entryCodec', () => {
  it.each([
    ['two connections', hosts, { a: A, b: B }, { 'host:a': 'token-a', 'host:b': 'token-b' }],
    ['a connection without a token', hosts, { a: { baseUrl: A.baseUrl } }, {}],
    ['junk entries', hosts, { a: 'junk', b: B }, { 'host:b': 'token-b' }],
    ['no record at all', hosts, 'junk', {}],
    ['the agent', agent, A, { agent: 'token-a' }],
    ['no agent', agent, null, {}],
  ])('%s: the tokens go to the vault, none stays', (_name, codec, value, tokens) => {
    const split = codec.split(value);
    expect(split.tokens).toEqual(tokens);
    expect(JSON.stringify(split.local)).not.toMatch(/token/);
  });

  it.each([
    ['the vault’s token', hosts, { a: { baseUrl: A.baseUrl, rev: 'r' } }, { 'host:a': 'token-a' }, { a: A }],
    ['a token left in storage.local first', hosts, { a: A }, { 'host:a': 'old' }, { a: A }],
    ['no token anywhere', hosts, { a: { baseUrl: A.baseUrl } }, {}, { a: { baseUrl: A.baseUrl } }],
    ['a token of an id no longer stored', hosts, {}, { 'host:gone': 'x' }, {}],
    ['the agent', agent, { baseUrl: A.baseUrl, rev: 'r' }, { agent: 'token-a' }, A],
    ['no agent', agent, null, { agent: 'token-a' }, null],
  ])('joins %s', (_name, codec, local, tokens, joined) => {
    expect(codec.join(local, tokens)).toEqual(joined);
  });
});

describe('tokenItem', () => {
  it('stores the tokens in the vault and reads the value back whole', async () => {
    const item = memoryItem({});
    const vault = memoryVault({ agent: 'kept' });
    const connections = tokenItem(item, vault, hosts);
    await connections.setValue({ a: A, b: B });
    expect(await connections.getValue()).toEqual({ a: A, b: B });
    expect(vault.tokens).toEqual({ 'host:a': 'token-a', 'host:b': 'token-b', agent: 'kept' });
    // A later save without b removes its token too.
    await connections.setValue({ a: A });
    expect(vault.tokens).toEqual({ 'host:a': 'token-a', agent: 'kept' });
    expect(JSON.stringify(item.writes)).not.toMatch(/token-/);
  });

  it('makes a new token alone a change storage.local reports', async () => {
    const item = memoryItem({});
    const connections = tokenItem(item, memoryVault(), hosts);
    await connections.setValue({ a: A });
    await connections.setValue({ a: { ...A, token: 'token-a2' } });
    const [first, second] = item.writes as Record<string, unknown>[];
    expect(first).not.toEqual(second);
    expect(await connections.getValue()).toEqual({ a: { ...A, token: 'token-a2' } });
  });

  it('tells watchers the joined value', async () => {
    const item = memoryItem({});
    const connections = tokenItem(item, memoryVault(), hosts);
    const seen = vi.fn();
    connections.watch(seen);
    await connections.setValue({ a: A });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ a: A }));
  });

  it.each([
    ['tokens an older version kept', { a: A, b: { baseUrl: B.baseUrl, rev: 'r' } }, true],
    ['nothing to move', { b: { baseUrl: B.baseUrl, rev: 'r' } }, false],
    ['nothing stored', undefined, false],
  ])('migrate: %s', async (_name, stored, moved) => {
    const item = memoryItem(stored);
    const vault = memoryVault({ 'host:b': 'token-b' });
    const connections = tokenItem(item, vault, hosts);
    expect(await connections.migrate()).toBe(moved);
    expect(JSON.stringify(await item.getValue()) ?? '').not.toMatch(/token-/);
    expect(vault.tokens['host:b']).toBe('token-b');
    if (stored) expect(await connections.getValue()).toEqual(moved ? { a: A, b: B } : { b: B });
  });

  it('migrate moves the agent’s token', async () => {
    const item = memoryItem(A);
    const vault = memoryVault();
    const stored = tokenItem(item, vault, agent);
    expect(await stored.migrate()).toBe(true);
    expect(vault.tokens).toEqual({ agent: 'token-a' });
    expect(await item.getValue()).toEqual({ baseUrl: A.baseUrl, rev: expect.any(String) });
    expect(await stored.getValue()).toEqual(A);
  });

  it('a vault that fails leaves storage.local as it was', async () => {
    const item = memoryItem({});
    const vault = { ...memoryVault(), replace: async () => Promise.reject(new Error('quota')) };
    await expect(tokenItem(item, vault, hosts).setValue({ a: A })).rejects.toThrow('quota');
    expect(item.writes).toEqual([]);
  });
});

describe('onlyMovedTokens', () => {
  const bare = (id: string, rev: string) => ({ [id]: { baseUrl: A.baseUrl, rev } });
  it.each([
    ['the migration of one connection', { a: A }, bare('a', 'r1'), true],
    [
      'a migration, ids in another order',
      { b: B, a: A },
      { ...bare('a', 'r'), b: { baseUrl: B.baseUrl } },
      true,
    ],
    ['a save from the options page (new rev)', bare('a', 'r1'), bare('a', 'r2'), false],
    ['a new base URL while the token moved', { a: A }, { a: { baseUrl: B.baseUrl } }, false],
    ['a connection added', { a: A }, { ...bare('a', 'r'), b: { baseUrl: B.baseUrl } }, false],
    ['tokens written (a test, an older version)', bare('a', 'r'), { a: A }, false],
    ['removed', { a: A }, undefined, false],
    ['first written', undefined, { a: A }, false],
  ])('%s: %s', (_name, before, after, moved) => {
    expect(onlyMovedTokens(before, after)).toBe(moved);
  });
});
