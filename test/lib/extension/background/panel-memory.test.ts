import { describe, expect, it } from 'vitest';
import { panelKey, panelMemory } from '../../../../lib/extension/background/panel-memory';
import { memoryArea } from './memory-area';

const PAGE = 'http://127.0.0.1:5178/t/qics-demo/admin/users?x=1#y';

describe('panelKey', () => {
  it.each([
    ['sandbox-qics-demo', PAGE, 'panel:sandbox-qics-demo@http://127.0.0.1:5178'],
    ['acme', 'https://admin.acme.example/users', 'panel:acme@https://admin.acme.example'],
    ['acme', 'not a url', null],
    ['acme', 'data:text/html,hi', null],
  ])('%s on %s → %s', (adapter, page, expected) => {
    expect(panelKey(adapter, page)).toBe(expected);
  });
});

describe('panelMemory', () => {
  it('is closed until told, keeps open per adapter and origin, and forgets on close', async () => {
    const area = memoryArea();
    const panels = panelMemory(area);
    expect(await panels.read('sandbox-qics-demo', PAGE)).toBe(false);
    await panels.remember('sandbox-qics-demo', PAGE, true);
    expect(area.items).toEqual({ 'panel:sandbox-qics-demo@http://127.0.0.1:5178': true });
    expect(await panels.read('sandbox-qics-demo', 'http://127.0.0.1:5178/t/qics-demo/admin/licence')).toBe(
      true,
    );
    expect(await panels.read('sandbox-am-demo', PAGE)).toBe(false);
    expect(await panels.read('sandbox-qics-demo', 'http://localhost:5178/t/qics-demo/admin/users')).toBe(
      false,
    );
    await panels.remember('sandbox-qics-demo', PAGE, false);
    expect(area.items).toEqual({});
  });

  it.each([
    ['a corrupt entry', { 'panel:a@http://h': 'yes' }],
    ['an object', { 'panel:a@http://h': { open: true } }],
  ])('%s reads as closed', async (_name, items) => {
    expect(await panelMemory(memoryArea(items)).read('a', 'http://h/x')).toBe(false);
  });

  it('a storage failure reads as closed', async () => {
    const area = memoryArea();
    area.get = () => Promise.reject(new Error('quota'));
    expect(await panelMemory(area).read('a', 'http://h/x')).toBe(false);
  });

  it('a page without an origin is never stored', async () => {
    const area = memoryArea();
    await panelMemory(area).remember('a', 'about:blank', true);
    expect(area.items).toEqual({});
  });
});
