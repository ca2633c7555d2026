import '../fake-browser';
import { describe, expect, it, vi } from 'vitest';
import {
  createScriptSync,
  reconcileScripts,
  type ScriptingApi,
  SEATS_SCRIPT,
  scriptFor,
} from '../../../../lib/extension/background/custom-scripts';
import { HostAdapter } from '../../../../lib/hosts';

type Script = Awaited<ReturnType<ScriptingApi['getRegisteredContentScripts']>>[number];

/** browser.scripting's registry of dynamic content scripts, in memory. */
function fakeScripting(initial: Script[] = []) {
  const registered = new Map(initial.map((script) => [script.id, script]));
  return {
    registered,
    getRegisteredContentScripts: vi.fn(async () => [...registered.values()]),
    registerContentScripts: vi.fn(async (scripts: Script[]) => {
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registered.set(script.id, script);
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      for (const id of ids) registered.delete(id);
    }),
  };
}

const adapter = (id: string, matches = [`https://${id}.example/*`]) =>
  HostAdapter.parse({ id, name: id, matches, tenant: { fixed: 't' } });

describe('reconcileScripts', () => {
  it('registers one content script per adapter', async () => {
    const scripting = fakeScripting();
    await reconcileScripts(scripting, [adapter('acme'), adapter('beta')]);
    expect([...scripting.registered.values()]).toEqual([
      { id: 'custom-acme', matches: ['https://acme.example/*'], js: [SEATS_SCRIPT], runAt: 'document_start' },
      { id: 'custom-beta', matches: ['https://beta.example/*'], js: [SEATS_SCRIPT], runAt: 'document_start' },
    ]);
    expect(SEATS_SCRIPT).toBe('content-scripts/seats.js');
  });

  it('removes those of removed adapters, replaces changed ones, leaves the rest alone', async () => {
    const scripting = fakeScripting([
      scriptFor(adapter('keep')),
      scriptFor(adapter('gone')),
      scriptFor(adapter('moved')),
      { id: 'someone-else', matches: ['https://x.example/*'], js: ['other.js'] },
    ]);
    await reconcileScripts(scripting, [
      adapter('keep'),
      adapter('moved', ['https://new.example/*']),
      adapter('new'),
    ]);
    expect(scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['custom-gone', 'custom-moved'] });
    expect(scripting.registerContentScripts).toHaveBeenCalledWith([
      scriptFor(adapter('moved', ['https://new.example/*'])),
      scriptFor(adapter('new')),
    ]);
    expect([...scripting.registered.keys()].sort()).toEqual([
      'custom-keep',
      'custom-moved',
      'custom-new',
      'someone-else',
    ]);
  });

  it('does nothing when everything matches already', async () => {
    const scripting = fakeScripting([scriptFor(adapter('acme'))]);
    await reconcileScripts(scripting, [adapter('acme')]);
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
    expect(scripting.unregisterContentScripts).not.toHaveBeenCalled();
  });
});

describe('createScriptSync', () => {
  it('does nothing without the scripting permission', async () => {
    const adapters = vi.fn(async () => [adapter('acme')]);
    await createScriptSync(() => undefined, adapters)();
    expect(adapters).not.toHaveBeenCalled();
  });

  it('runs overlapping syncs one after the other, so no id is registered twice', async () => {
    const scripting = fakeScripting();
    const sync = createScriptSync(
      () => scripting,
      async () => [adapter('acme')],
    );
    await Promise.all([sync(), sync(), sync()]);
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(scripting.registered.size).toBe(1);
  });

  it('reports a failure to its caller and keeps working afterwards', async () => {
    const scripting = fakeScripting();
    scripting.registerContentScripts.mockRejectedValueOnce(new Error('Invalid match pattern'));
    const sync = createScriptSync(
      () => scripting,
      async () => [adapter('acme')],
    );
    await expect(sync()).rejects.toThrow('Invalid match pattern');
    await sync();
    expect(scripting.registered.has('custom-acme')).toBe(true);
  });
});
