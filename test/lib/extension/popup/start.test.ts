import '../fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { firstLookup, type StartDeps, tabTenant } from '../../../../lib/extension/popup/start';
import { lookupOf } from '../../../../lib/extension/shared/agent-lookup';
import { builtInAdapters, HostAdapter } from '../../../../lib/hosts';

const custom = HostAdapter.parse({
  id: 'acme-admin',
  name: 'Acme Admin',
  matches: ['https://admin.acme.example/*'],
  tenant: { path: '^/org/(?<tenant>[^/]+)/' },
});
const adapters = [custom, ...builtInAdapters];

describe('tabTenant: the tenant of the admin page in the current tab', () => {
  it.each([
    ['http://127.0.0.1:5178/t/qics-demo/admin/users', 'qics-demo', 'sandbox-qics-demo'],
    ['http://localhost:5178/t/citizenlab-demo/admin/users/new', 'citizenlab-demo', 'sandbox-citizenlab-demo'],
    ['http://127.0.0.1:5178/t/am-demo/admin', 'am-demo', 'sandbox-am-demo'],
    ['https://admin.acme.example/org/acme-demo/users', 'acme-demo', 'acme-admin'],
  ])('%s → %s through %s', (url, tenant, adapter) => {
    expect(tabTenant(adapters, url)).toEqual({ kind: 'tenant', tenant, adapter });
  });

  it.each([
    ['no URL (a host seatguard may not access)', undefined],
    ['an unknown host', 'https://example.com/t/qics-demo/admin/users'],
    ['a known host, another tenant’s adapter only', 'http://127.0.0.1:5178/t/unknown-demo/admin/users'],
    ['a page outside the admin site', 'http://127.0.0.1:5178/'],
    ['the popup page itself', 'chrome-extension://abc/popup.html'],
    ['no URL at all', 'not a url'],
    ['a tenant that is not a tenant id', 'https://admin.acme.example/org/Not_An_Id/users'],
  ])('%s → nothing', (_name, url) => {
    expect(tabTenant(adapters, url)).toBeNull();
  });
});

describe('lookupOf: selected text as a search', () => {
  it.each([
    ['  Gemeente   Velden \n', 'Gemeente Velden'],
    ['x'.repeat(150), 'x'.repeat(100)],
    [`${'x'.repeat(99)}😀`, 'x'.repeat(99)],
    ['   ', null],
    [undefined, null],
    [42, null],
  ])('%j → %j', (selection, expected) => {
    expect(lookupOf(selection)).toBe(expected);
  });
});

describe('firstLookup: what the popup opens on', () => {
  function deps(overrides: Partial<StartDeps> = {}): StartDeps {
    return {
      query: null,
      pending: vi.fn(async () => null),
      tabUrl: vi.fn(async () => 'http://127.0.0.1:5178/t/qics-demo/admin/users'),
      adapters: async () => adapters,
      ...overrides,
    };
  }

  it('the `q` parameter first, and the pending selection is cleared anyway', async () => {
    const given = deps({ query: ' velden ', pending: vi.fn(async () => 'other') });
    expect(await firstLookup(given)).toEqual({ kind: 'search', q: 'velden' });
    expect(given.pending).toHaveBeenCalled();
  });

  it('then the context menu’s pending selection', async () => {
    expect(await firstLookup(deps({ pending: async () => 'Norrby' }))).toEqual({
      kind: 'search',
      q: 'Norrby',
    });
  });

  it('then the current tab’s tenant', async () => {
    expect(await firstLookup(deps())).toEqual({
      kind: 'tenant',
      tenant: 'qics-demo',
      adapter: 'sandbox-qics-demo',
    });
  });

  it('else nothing', async () => {
    expect(await firstLookup(deps({ tabUrl: async () => undefined }))).toBeNull();
  });
});
