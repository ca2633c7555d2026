import '../fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { indexedDbVault } from '../../../../lib/extension/shared/token-vault';

// A fresh in-memory IndexedDB per test: the background and the options page are two vaults over one database.

describe('indexedDbVault', () => {
  it('puts, reads, and replaces only the names under a prefix', async () => {
    const factory = new IDBFactory();
    const vault = indexedDbVault(() => factory);
    expect(await vault.all()).toEqual({});
    await vault.put({ 'host:a': 'ta', 'host:b': 'tb', agent: 'tg' });
    await vault.replace('host:', { 'host:b': 'tb2', 'host:c': 'tc' });
    expect(await vault.all()).toEqual({ 'host:b': 'tb2', 'host:c': 'tc', agent: 'tg' });
    await vault.replace('agent', {});
    expect(await vault.all()).toEqual({ 'host:b': 'tb2', 'host:c': 'tc' });
  });

  it('what one context writes, another reads (options page → background)', async () => {
    const factory = new IDBFactory();
    await indexedDbVault(() => factory).put({ 'host:a': 'ta' });
    expect(await indexedDbVault(() => factory).all()).toEqual({ 'host:a': 'ta' });
  });

  it('ignores values that are not tokens', async () => {
    const factory = new IDBFactory();
    const vault = indexedDbVault(() => factory);
    await vault.put({ 'host:a': 'ta' });
    const open = factory.open('seatguard-secrets', 1);
    await new Promise((resolve) => {
      open.onsuccess = resolve;
    });
    const tx = open.result.transaction('tokens', 'readwrite');
    tx.objectStore('tokens').put({ not: 'a token' }, 'host:b');
    tx.objectStore('tokens').put('tn', 5);
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    open.result.close();
    expect(await vault.all()).toEqual({ 'host:a': 'ta' });
  });

  it('a database that cannot open rejects, and the next call tries again', async () => {
    let calls = 0;
    const factory = new IDBFactory();
    const vault = indexedDbVault(() => {
      calls += 1;
      if (calls === 1) throw new Error('no IndexedDB in this context');
      return factory;
    });
    await expect(vault.all()).rejects.toThrow('no IndexedDB');
    await vault.put({ agent: 'tg' });
    expect(await vault.all()).toEqual({ agent: 'tg' });
  });

  it('lets its database be deleted (site data cleared), then opens a new one', async () => {
    const factory = new IDBFactory();
    const vault = indexedDbVault(() => factory);
    await vault.put({ agent: 'tg' });
    // The vault's open connection must not block the deletion: it closes on the version change.
    const deletion = factory.deleteDatabase('seatguard-secrets');
    await new Promise((resolve, reject) => {
      deletion.onsuccess = resolve;
      deletion.onblocked = () => reject(new Error('blocked'));
    });
    expect(await vault.all()).toEqual({});
    await vault.put({ agent: 'tg2' });
    expect(await vault.all()).toEqual({ agent: 'tg2' });
  });
});
