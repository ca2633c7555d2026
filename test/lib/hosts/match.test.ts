import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { adapterMatches, HostAdapter, pageTenant, portless, sandboxAdapters } from '../../../lib/hosts';

// Exact origins, ports included (issue 13: a page on another local port got the panel).

const adapter = (matches: string[]) =>
  z.parse(HostAdapter, { id: 'acme', name: 'Acme', matches, tenant: { fixed: 'acme' } });

describe('adapterMatches: a port in a pattern is the page’s own port', () => {
  it.each([
    ['http://127.0.0.1:5178/t/*', 'http://127.0.0.1:5178/t/x', true],
    ['http://127.0.0.1:5178/t/*', 'http://127.0.0.1:5179/t/x', false],
    ['http://127.0.0.1:5178/t/*', 'http://127.0.0.1/t/x', false],
    ['https://admin.acme.example:443/*', 'https://admin.acme.example/x', true],
    ['http://acme.example:80/*', 'http://acme.example/x', true],
    ['https://admin.acme.example:8443/*', 'https://admin.acme.example/x', false],
    // Without a port, as Chrome reads it: any port.
    ['http://localhost/*', 'http://localhost:9000/x', true],
  ])('%s on %s: %s', (pattern, url, expected) => {
    expect(adapterMatches(adapter([pattern]), url)).toBe(expected);
  });

  it.each([
    ['http://127.0.0.1:5178/t/*', 'http://127.0.0.1/t/*'],
    ['https://*.acme.example:8443/admin*', 'https://*.acme.example/admin*'],
    ['https://acme.example/*', 'https://acme.example/*'],
  ])('portless(%s) is %s (Firefox takes no port in a pattern)', (pattern, expected) => {
    expect(portless(pattern)).toBe(expected);
  });

  it('the sandbox’s adapters run on the sandbox server’s port only', () => {
    expect(pageTenant(sandboxAdapters, 'http://127.0.0.1:5178/t/qics-demo/admin/users')?.tenant).toBe(
      'qics-demo',
    );
    expect(pageTenant(sandboxAdapters, 'http://127.0.0.1:5179/t/qics-demo/admin/users')).toBeNull();
    expect(pageTenant(sandboxAdapters, 'http://localhost:8080/t/am-demo/admin')).toBeNull();
  });
});
