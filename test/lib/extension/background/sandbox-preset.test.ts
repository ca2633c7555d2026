import '../fake-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seedSandboxConnections } from '../../../../lib/extension/background/sandbox-preset';
import { connectionsItem } from '../../../../lib/extension/shared/config';
import { builtInAdapters, SANDBOX_API } from '../../../../lib/hosts';

afterEach(() => {
  fakeBrowser.reset();
});

describe('the sandbox flavour’s preset', () => {
  it('gives every built-in adapter the one sandbox base and its default token', async () => {
    await seedSandboxConnections();
    const connections = (await connectionsItem.getValue()) as Record<string, unknown>;
    expect(Object.keys(connections)).toEqual(builtInAdapters.map((adapter) => adapter.id));
    expect(connections['sandbox-qics-demo']).toEqual({ baseUrl: SANDBOX_API, token: 'sandbox-qics-demo' });
    expect(connections['sandbox-large']).toEqual({ baseUrl: SANDBOX_API, token: 'sandbox-agent' });
  });

  it('moves its own entries of an earlier build (another port) to this base, and keeps what the admin typed', async () => {
    await connectionsItem.setValue({
      'sandbox-qics-demo': { baseUrl: 'http://127.0.0.1:6123/', token: 'sandbox-qics-demo' },
      'sandbox-am-demo': { baseUrl: 'http://127.0.0.1:6123/', token: 'my-own-token' },
      'sandbox-echo-teams': { baseUrl: 'https://seats.example/', token: 'sandbox-echo-teams' },
    });
    await seedSandboxConnections();
    const connections = (await connectionsItem.getValue()) as Record<string, unknown>;
    expect(connections['sandbox-qics-demo']).toEqual({ baseUrl: SANDBOX_API, token: 'sandbox-qics-demo' });
    expect(connections['sandbox-am-demo']).toEqual({
      baseUrl: 'http://127.0.0.1:6123/',
      token: 'my-own-token',
    });
    expect(connections['sandbox-echo-teams']).toEqual({
      baseUrl: 'https://seats.example/',
      token: 'sandbox-echo-teams',
    });
  });
});
