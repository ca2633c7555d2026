import { describe, expect, it } from 'vitest';
import { adminHref } from '../../../../../lib/extension/background/agent/admin';
import { builtInAdapters, HostAdapter } from '../../../../../lib/hosts';

const acme = (admin?: string) =>
  HostAdapter.parse({
    id: 'acme-admin',
    name: 'Acme',
    matches: ['https://admin.acme.example/*'],
    tenant: { path: '^/org/(?<tenant>[a-z0-9-]+)/' },
    ...(admin && { admin: { href: admin } }),
  });

describe('adminHref: the tenant’s admin page, from an adapter that knows its URL shape', () => {
  it.each([
    [
      'a sandbox tenant, on the Seat API’s origin',
      builtInAdapters,
      'am-demo',
      'http://127.0.0.1:5178/',
      undefined,
      'http://127.0.0.1:5178/t/am-demo/admin/users',
    ],
    [
      'on localhost too',
      builtInAdapters,
      'echo-teams',
      'http://localhost:5178/api/',
      undefined,
      'http://localhost:5178/t/echo-teams/admin/users',
    ],
    [
      'an absolute href of a customer adapter',
      [acme('https://admin.acme.example/org/{tenant}/users')],
      'acme-1',
      'https://seats.example/',
      undefined,
      'https://admin.acme.example/org/acme-1/users',
    ],
    [
      'the preferred adapter first',
      [
        acme('https://admin.acme.example/org/{tenant}/a'),
        acme('https://admin.acme.example/org/{tenant}/b'),
      ].map((a, i) => ({ ...a, id: `a${i}` })),
      'x',
      'https://s.example/',
      'a1',
      'https://admin.acme.example/org/x/b',
    ],
  ])('%s', (_name, adapters, tenant, base, preferred, expected) => {
    expect(adminHref(adapters, tenant, base, preferred)).toBe(expected);
  });

  it.each([
    ['a tenant no sandbox adapter runs on', builtInAdapters, 'acme', 'http://127.0.0.1:5178/'],
    // The sandbox's pages are on its own port only (issue 13: exact origins).
    ['a sandbox tenant on another port', builtInAdapters, 'am-demo', 'http://127.0.0.1:40000/'],
    ['an adapter without an admin page', [acme()], 'acme-1', 'https://seats.example/'],
    [
      'an href outside the adapter’s own pages',
      [acme('https://evil.example/org/{tenant}/')],
      'acme-1',
      'https://seats.example/',
    ],
    ['a javascript: href', [acme('javascript:alert(1)//{tenant}')], 'acme-1', 'https://seats.example/'],
    ['an href that is no URL', [acme('http://[/{tenant}')], 'acme-1', 'https://seats.example/'],
  ])('none for %s', (_name, adapters, tenant, base) => {
    expect(adminHref(adapters, tenant, base)).toBeUndefined();
  });
});
