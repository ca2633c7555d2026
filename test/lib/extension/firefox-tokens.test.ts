import './fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seedSandboxConnections } from '../../../lib/extension/background/sandbox-preset';
import { moveStoredTokens } from '../../../lib/extension/background/token-migration';
import { createAgentForm } from '../../../lib/extension/options/agent';
import { agentItem, readAgent } from '../../../lib/extension/shared/agent-config';
import { readConnections } from '../../../lib/extension/shared/config';
import type { TestResult } from '../../../lib/extension/shared/protocol';
import { disposeModels, fakePermissions, row, setup } from './options/fakes';
import { fakePort } from './popup/fakes';

// Issue 13, "Firefox tokens": Firefox restricts only storage.session, so content scripts there read
// storage.local (Mozilla bug 1724754); no Firefox runs here, so this runs the very modules the options page
// and the background use over a fake browser and checks every write storage.local ever receives.

afterEach(() => {
  vi.restoreAllMocks();
  disposeModels();
  fakeBrowser.reset();
});

/** Every value written to storage.local from now on, as JSON. */
function recordWrites() {
  const writes: string[] = [];
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    writes.push(JSON.stringify(items));
    return set(items);
  });
  return writes;
}

const passed: TestResult = { ok: true, tenant: 'qics-demo', name: 'Bureau Jansen', pools: 1 };

describe('no token is ever written to storage.local, which a Firefox content script can read', () => {
  it('saving a host connection in the options page', async () => {
    const writes = recordWrites();
    const { model } = await setup({ answer: () => passed });
    const qics = row(model, 'sandbox-qics-demo');
    qics.baseUrl.value = 'http://127.0.0.1:4000/';
    qics.token.value = 'qics-firefox-secret';
    expect(await qics.save()).toBe(true);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.join('\n')).not.toContain('qics-firefox-secret');
    // The background reads it whole all the same.
    expect((await readConnections())['sandbox-qics-demo']?.token).toBe('qics-firefox-secret');
  });

  it('saving the agent connection in the options page', async () => {
    const writes = recordWrites();
    const port = fakePort();
    port.postMessage = (request) => queueMicrotask(() => port.reply({ type: 'tested', id: request.id }));
    const form = createAgentForm({ item: agentItem, permissions: fakePermissions(), connect: () => port });
    await form.loaded;
    form.state.baseUrl.value = 'http://127.0.0.1:4000/';
    form.state.token.value = 'agent-firefox-secret';
    expect(await form.state.save()).toBe(true);
    expect(writes.join('\n')).not.toContain('agent-firefox-secret');
    expect((await readAgent())?.token).toBe('agent-firefox-secret');
  });

  it('the sandbox flavour’s preset', async () => {
    const writes = recordWrites();
    await seedSandboxConnections();
    expect(writes.join('\n')).not.toContain('"token"');
    expect((await readConnections())['sandbox-qics-demo']?.token).toBe('sandbox-qics-demo');
  });

  it('an older version’s tokens leave storage.local at the background’s start', async () => {
    await fakeBrowser.storage.local.set({
      connections: { 'sandbox-qics-demo': { baseUrl: 'http://127.0.0.1:4000/', token: 'old-secret' } },
    });
    await moveStoredTokens();
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('old-secret');
    expect((await readConnections())['sandbox-qics-demo']?.token).toBe('old-secret');
  });
});
