import '../fake-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectionsChanged, moveStoredTokens } from '../../../../lib/extension/background/token-migration';
import { readAgent } from '../../../../lib/extension/shared/agent-config';
import { readConnections } from '../../../../lib/extension/shared/config';

afterEach(() => {
  fakeBrowser.reset();
});

const QICS = { baseUrl: 'http://127.0.0.1:5178/', token: 'qics-secret' };
const AGENT = { baseUrl: 'http://127.0.0.1:5178/', token: 'agent-secret' };

/** Everything storage.local holds, as a content script in Firefox could read it. */
const local = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

describe('moveStoredTokens', () => {
  it('moves the tokens an older version kept in storage.local into the vault, once at start', async () => {
    await fakeBrowser.storage.local.set({ connections: { 'sandbox-qics-demo': QICS }, agent: AGENT });
    await moveStoredTokens();
    expect(await local()).not.toMatch(/secret/);
    expect(await readConnections()).toEqual({ 'sandbox-qics-demo': QICS });
    expect(await readAgent()).toEqual(AGENT);
  });

  it('leaves what holds no token as it is, and a failing move does not reject', async () => {
    await fakeBrowser.storage.local.set({ connections: { 'sandbox-qics-demo': { baseUrl: QICS.baseUrl } } });
    const failing = { migrate: () => Promise.reject(new Error('no vault')) } as never;
    await expect(moveStoredTokens([failing])).resolves.toBeUndefined();
    await moveStoredTokens();
    expect(await fakeBrowser.storage.local.get('connections')).toEqual({
      connections: { 'sandbox-qics-demo': { baseUrl: QICS.baseUrl } },
    });
  });
});

describe('connectionsChanged', () => {
  const moved = { oldValue: { a: QICS }, newValue: { a: { baseUrl: QICS.baseUrl, rev: 'r' } } };
  it.each([
    ['new connections', { connections: { newValue: { a: QICS } } }, true],
    [
      'a save (a new rev)',
      { connections: { oldValue: moved.newValue, newValue: { a: { ...moved.newValue.a, rev: 's' } } } },
      true,
    ],
    ['removed connections', { connections: { oldValue: moved.newValue } }, true],
    ['only their tokens moved into the vault', { connections: moved }, false],
    ['another key', { settings: { newValue: {} } }, false],
  ])('%s: %s', (_name, changes, changed) => {
    expect(connectionsChanged(changes)).toBe(changed);
  });
});
