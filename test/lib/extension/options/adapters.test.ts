import '../fake-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPORT_FILE } from '../../../../lib/extension/options/adapters';
import { acme, disposeModels, fakePermissions, items, setup } from './fakes';

afterEach(() => {
  disposeModels();
  fakeBrowser.reset();
});

async function importing(text: string, options: Parameters<typeof setup>[0] = {}) {
  const result = await setup(options);
  const { adapters } = result.model;
  adapters.importText.value = text;
  const ok = await adapters.importAdapters();
  return { ...result, adapters, ok };
}

describe('importing adapters', () => {
  it('says where JSON.parse stopped, by line and column', async () => {
    const { adapters, ok, permissions } = await importing('{\n  "id": "acme-admin",\n  "name": }');
    expect(ok).toBe(false);
    expect(adapters.importNotice.value).toMatchObject({
      tone: 'error',
      key: 'options.import.json',
      params: { line: 3, column: 11, found: '"}"' },
    });
    expect(permissions.request).not.toHaveBeenCalled();
    expect(await items.adapters.getValue()).toEqual([]);
  });

  it('lists every schema issue with its path in an array', async () => {
    const bad = [
      acme(),
      acme({
        id: 'b',
        forms: [
          { form: 'f', change: { kind: 'add-user', fields: {} } },
          { form: 'g', change: { kind: 'nope' } },
        ],
      }),
      { id: 'X' },
    ];
    const { adapters, ok } = await importing(JSON.stringify(bad));
    expect(ok).toBe(false);
    expect(adapters.importNotice.value?.key).toBe('options.import.invalid');
    const paths = adapters.importIssues.value.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(['[1].forms[1].change.kind', '[2].id', '[2].name', '[2].matches']),
    );
    const kind = adapters.importIssues.value.find((issue) => issue.path === '[1].forms[1].change.kind');
    expect(kind).toMatchObject({
      key: 'options.issue.one-of',
      params: { values: expect.stringContaining('"add-user"') },
    });
  });

  it('gives paths without an index for a single adapter', async () => {
    const { adapters } = await importing(JSON.stringify(acme({ matches: ['<all_urls>'] })));
    expect(adapters.importIssues.value).toEqual([
      { path: 'matches[0]', key: 'options.issue.match-pattern', params: {} },
    ]);
  });

  it.each([
    [
      'an id of a built-in adapter',
      [acme({ id: 'sandbox-qics-demo' })],
      '[0].id',
      'options.import.built-in-id',
    ],
    ['the same id twice', [acme(), acme()], '[1].id', 'options.import.repeated-id'],
  ])('refuses %s', async (_, list, path, key) => {
    const { adapters, ok } = await importing(JSON.stringify(list));
    expect(ok).toBe(false);
    expect(adapters.importIssues.value).toEqual([{ path, key, params: { id: list[0]?.id } }]);
    expect(await items.adapters.getValue()).toEqual([]);
  });

  it.each(['', '   ', '[]'])('asks for JSON when given %j', async (text) => {
    const { adapters, ok } = await importing(text);
    expect(ok).toBe(false);
    expect(adapters.importNotice.value?.key).toBe('options.import.empty');
  });

  it('asks for every permission in one request, saves, registers, and says it is active', async () => {
    const { adapters, ok, permissions, sendMessage } = await importing(JSON.stringify(acme()));
    expect(ok).toBe(true);
    expect(permissions.request).toHaveBeenCalledTimes(1);
    expect(permissions.request).toHaveBeenCalledWith({
      permissions: ['scripting'],
      origins: ['https://admin.acme.example/*', 'https://seats.acme.example/*'],
    });
    const stored = (await items.adapters.getValue()) as { id: string }[];
    expect(stored.map((a) => a.id)).toEqual(['acme-admin']);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'register-adapters' });
    expect(adapters.custom.value).toEqual([
      { adapter: expect.objectContaining({ id: 'acme-admin' }), active: true },
    ]);
    expect(adapters.importNotice.value).toEqual({
      tone: 'ok',
      key: 'options.import.done',
      params: { count: 1 },
    });
    expect(adapters.importText.value).toBe('');
  });

  it('saves but marks inactive when the permission is refused', async () => {
    const permissions = fakePermissions();
    permissions.allow = false;
    const { adapters, ok } = await importing(JSON.stringify([acme()]), { permissions });
    expect(ok).toBe(true);
    expect((await items.adapters.getValue()) as unknown[]).toHaveLength(1);
    expect(adapters.custom.value[0]?.active).toBe(false);
    expect(adapters.importNotice.value).toEqual({
      tone: 'info',
      key: 'options.import.inactive',
      params: { count: 1 },
    });
  });

  it('replaces an adapter of the same id and keeps the others', async () => {
    await items.adapters.setValue([acme(), acme({ id: 'beta', name: 'Beta' })]);
    const { adapters } = await importing(JSON.stringify(acme({ name: 'Acme v2' })));
    expect(adapters.custom.value.map((item) => item.adapter.name)).toEqual(['Beta', 'Acme v2']);
  });

  it('adds a connection row for an imported adapter', async () => {
    const { model } = await importing(JSON.stringify(acme()));
    expect(model.connections.value.at(-1)?.adapter.id).toBe('acme-admin');
  });

  it('loads a file into the text area', async () => {
    const { model } = await setup();
    await model.adapters.loadFile(new Blob([JSON.stringify(acme())]));
    expect(JSON.parse(model.adapters.importText.value)).toEqual(acme());
    expect(model.adapters.importNotice.value?.key).toBe('options.import.loaded');
  });

  it('says when a file cannot be read', async () => {
    const { model } = await setup();
    await model.adapters.loadFile({ text: () => Promise.reject(new Error('gone')) } as unknown as Blob);
    expect(model.adapters.importNotice.value).toMatchObject({
      key: 'options.import.file-failed',
      params: { detail: 'gone' },
    });
  });
});

describe('customer adapters', () => {
  it('removes one and re-registers', async () => {
    await items.adapters.setValue([acme(), acme({ id: 'beta', name: 'Beta' })]);
    const { model, sendMessage } = await setup();
    await model.adapters.remove('acme-admin');
    expect(((await items.adapters.getValue()) as { id: string }[]).map((a) => a.id)).toEqual(['beta']);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'register-adapters' });
    expect(model.adapters.notice.value).toEqual({
      tone: 'ok',
      key: 'options.adapters.removed',
      params: { name: 'Acme Admin' },
    });
  });

  it('grants access to an inactive one', async () => {
    await items.adapters.setValue([acme()]);
    const { model, sendMessage } = await setup();
    expect(model.adapters.custom.value[0]?.active).toBe(false);
    await model.adapters.grant('acme-admin');
    expect(model.adapters.custom.value[0]?.active).toBe(true);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'register-adapters' });
    expect(model.adapters.notice.value?.key).toBe('options.adapters.granted');
  });

  it('stays inactive when access is refused', async () => {
    await items.adapters.setValue([acme()]);
    const permissions = fakePermissions();
    permissions.allow = false;
    const { model, sendMessage } = await setup({ permissions });
    await model.adapters.grant('acme-admin');
    expect(model.adapters.custom.value[0]?.active).toBe(false);
    expect(sendMessage).not.toHaveBeenCalled();
    expect(model.adapters.notice.value?.key).toBe('options.adapters.grant-denied');
  });

  it('skips stored adapters that no longer parse', async () => {
    await items.adapters.setValue([{ id: 'broken' }, acme(), 'nonsense']);
    const { model } = await setup();
    expect(model.adapters.custom.value.map((item) => item.adapter.id)).toEqual(['acme-admin']);
  });

  it.each([['not a list'], [{ id: 'acme-admin' }], [null]])('reads %j as no adapters', async (value) => {
    await items.adapters.setValue(value);
    const { model } = await setup();
    expect(model.adapters.custom.value).toEqual([]);
  });

  it('follows changes made elsewhere, until disposed', async () => {
    const { model } = await setup();
    await items.adapters.setValue([acme()]);
    expect(model.adapters.custom.value).toHaveLength(1);
    model.dispose();
    await items.adapters.setValue([]);
    expect(model.adapters.custom.value).toHaveLength(1);
  });
});

describe('export', () => {
  it('is the stored adapters as JSON', async () => {
    const { model } = await importing(JSON.stringify([acme(), acme({ id: 'beta', name: 'Beta' })]));
    expect(JSON.parse(model.adapters.exportJson.value)).toEqual(await items.adapters.getValue());
  });

  it('says a truncated text ends too early', async () => {
    const { adapters } = await importing('[{"id": "a"');
    expect(adapters.importNotice.value).toMatchObject({
      key: 'options.import.json-end',
      params: { line: 1, column: 12 },
    });
  });

  it('round-trips through import', async () => {
    const { model } = await importing(JSON.stringify([acme(), acme({ id: 'beta', name: 'Beta' })]));
    const json = model.adapters.exportJson.value;
    await items.adapters.setValue([]);
    model.adapters.importText.value = json;
    expect(await model.adapters.importAdapters()).toBe(true);
    expect(model.adapters.exportJson.value).toBe(json);
  });

  it('downloads as seatguard-adapters.json', async () => {
    await items.adapters.setValue([acme()]);
    const { model, download } = await setup();
    model.adapters.download();
    expect(EXPORT_FILE).toBe('seatguard-adapters.json');
    expect(download).toHaveBeenCalledWith('seatguard-adapters.json', model.adapters.exportJson.value);
    expect(model.adapters.exportNotice.value?.key).toBe('options.export.downloaded');
  });

  it('copies to the clipboard, or says why not', async () => {
    await items.adapters.setValue([acme()]);
    const { model, copy } = await setup();
    await model.adapters.copy();
    expect(copy).toHaveBeenCalledWith(model.adapters.exportJson.value);
    expect(model.adapters.exportNotice.value?.key).toBe('options.export.copied');
    copy.mockRejectedValueOnce(new Error('Document is not focused.'));
    await model.adapters.copy();
    expect(model.adapters.exportNotice.value).toMatchObject({
      tone: 'error',
      key: 'options.export.copy-failed',
      params: { detail: 'Document is not focused.' },
    });
  });
});
