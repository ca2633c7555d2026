import { describe, expect, it } from 'vitest';
import {
  adapterPermissions,
  patternOrigin,
  urlOrigin,
} from '../../../../lib/extension/options/permission-origins';
import { builtInAdapters, HostAdapter } from '../../../../lib/hosts';

describe('origins for permission requests', () => {
  it.each([
    ['https://api.example.com/seat/', 'https://api.example.com/*'],
    ['http://127.0.0.1:5178/', 'http://127.0.0.1/*'],
    ['https://vendor.example:8443/a/b?x=1', 'https://vendor.example/*'],
  ])('urlOrigin(%s) = %s', (url, origin) => {
    expect(urlOrigin(url)).toBe(origin);
  });

  it.each([
    ['https://admin.example.com/*', 'https://admin.example.com/*'],
    ['http://127.0.0.1/t/qics-demo/admin*', 'http://127.0.0.1/*'],
    ['https://*.example.com/admin/*', 'https://*.example.com/*'],
    ['http://*/*', 'http://*/*'],
  ])('patternOrigin(%s) = %s', (pattern, origin) => {
    expect(patternOrigin(pattern)).toBe(origin);
  });

  it('refuses what is not a match pattern', () => {
    expect(() => patternOrigin('<all_urls>')).toThrow(TypeError);
  });

  it('asks for scripting and each distinct origin once', () => {
    const adapter = HostAdapter.parse({
      id: 'acme',
      name: 'Acme',
      matches: [
        'https://admin.acme.example/*',
        'https://admin.acme.example/other/*',
        'https://eu.acme.example/*',
      ],
      tenant: { fixed: 'acme' },
      api: { baseUrl: 'https://admin.acme.example/seat-api/' },
    });
    expect(adapterPermissions([adapter])).toEqual({
      permissions: ['scripting'],
      origins: ['https://admin.acme.example/*', 'https://eu.acme.example/*'],
    });
  });

  it('covers the built-in adapters with the manifest host permissions', () => {
    expect(adapterPermissions(builtInAdapters).origins).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  });
});
