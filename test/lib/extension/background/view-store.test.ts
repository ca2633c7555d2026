import { describe, expect, it } from 'vitest';
import { viewStore } from '../../../../lib/extension/background/view-store';
import { prepareTenant } from '../../../../lib/rules';
import { qics, qicsSnapshot } from '../../rules/fixtures';
import { memoryArea } from './memory-area';

const NOW = Date.parse('2026-11-22T09:00:00Z');

const facts = { prepared: prepareTenant(qics(), qicsSnapshot(25)), etag: '"v1"', fetchedAt: NOW };

describe('viewStore', () => {
  it('keeps the view of a tenant, a few kB, never the facts, and reads it back', async () => {
    const area = memoryArea();
    const store = viewStore(area, () => NOW);
    await store.save('http://api/|qics-demo', facts);
    expect(Object.keys(area.items)).toEqual(['view:http://api/|qics-demo']);
    expect(JSON.stringify(area.items).length).toBeLessThan(4_000);
    expect(JSON.stringify(area.items)).not.toContain('"snapshot"');
    const view = await store.read('http://api/|qics-demo');
    expect(view).toMatchObject({ tenant: 'qics-demo', status: 'ready', fetchedAt: NOW });
    expect(view?.report?.pools[0]).toMatchObject({ used: 25, limit: 25 });
  });

  it.each([
    ['nothing kept', {}],
    ['a corrupt entry', { 'view:k': { view: { tenant: 5 } } }],
    ['something else entirely', { 'view:k': 'nonsense' }],
  ])('%s reads as undefined', async (_name, items) => {
    expect(await viewStore(memoryArea(items)).read('k')).toBeUndefined();
  });

  it('a failing storage area rejects the save, so the cache can say what failed', async () => {
    const area = {
      ...memoryArea(),
      set: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
    };
    await expect(viewStore(area).save('k', facts)).rejects.toThrow('QUOTA_BYTES');
  });

  it('removes whole replies older versions kept, and only those', async () => {
    const area = memoryArea({ 'cache:a|t': { data: 'x'.repeat(1000) }, connections: {}, 'view:k': {} });
    await viewStore(area).dropOldReplies();
    expect(Object.keys(area.items).sort()).toEqual(['connections', 'view:k']);
  });
});
