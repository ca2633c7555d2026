import '../fake-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { unsavedForms } from '../../../../lib/extension/options/unsaved';
import type { TestResult } from '../../../../lib/extension/shared/protocol';
import { acme, disposeModels, fakePermissions, items, row, setup } from './fakes';

afterEach(() => {
  disposeModels();
  fakeBrowser.reset();
});

const SANDBOX = 'sandbox-qics-demo';

describe('connection rows', () => {
  it('has one row per built-in and customer adapter, with their defaults', async () => {
    await items.adapters.setValue([
      acme(),
      acme({ id: 'beta', name: 'Beta', tenant: { path: '^/t/(?<tenant>[a-z-]+)' } }),
    ]);
    const { model } = await setup();
    const ids = model.connections.value.map((r) => r.adapter.id);
    expect(ids).toEqual(expect.arrayContaining([SANDBOX, 'sandbox-am-demo', 'acme-admin', 'beta']));
    expect(row(model, SANDBOX).baseUrl.value).toBe('http://127.0.0.1:5178/');
    expect(row(model, SANDBOX).tenant.value).toBe('qics-demo');
    expect(row(model, 'acme-admin').tenant.value).toBe('acme-demo');
    expect(row(model, 'acme-admin').baseUrl.value).toBe('https://seats.acme.example/api/');
    expect(row(model, 'beta').tenant.value).toBe('');
    expect(row(model, SANDBOX).token.value).toBe('');
  });

  it('shows the stored connection', async () => {
    await items.connections.setValue({ [SANDBOX]: { baseUrl: 'http://127.0.0.1:9999/', token: 'secret' } });
    const { model } = await setup();
    expect(row(model, SANDBOX).baseUrl.value).toBe('http://127.0.0.1:9999/');
    expect(row(model, SANDBOX).token.value).toBe('secret');
  });
});

const passed: TestResult = { ok: true, tenant: 'qics-demo', name: 'Bureau Jansen', pools: 1 };

describe('saving a connection', () => {
  it('validates, checks the granted origin, tests and writes connectionsItem', async () => {
    await items.connections.setValue({ other: { baseUrl: 'https://a.example/', token: 't' } });
    const { model, permissions, sendMessage } = await setup({ answer: () => passed });
    const r = row(model, SANDBOX);
    r.baseUrl.value = ' http://127.0.0.1:4000/ ';
    r.token.value = 'sandbox-qics-demo';
    expect(await r.save()).toBe(true);
    expect(await items.connections.getValue()).toEqual({
      other: { baseUrl: 'https://a.example/', token: 't' },
      [SANDBOX]: { baseUrl: 'http://127.0.0.1:4000/', token: 'sandbox-qics-demo' },
    });
    expect(permissions.contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(permissions.request).not.toHaveBeenCalled();
    expect(sendMessage).toHaveBeenCalledWith({
      type: 'test-connection',
      baseUrl: 'http://127.0.0.1:4000/',
      token: 'sandbox-qics-demo',
      tenant: 'qics-demo',
    });
    expect(r.notice.value).toEqual({
      tone: 'ok',
      key: 'options.save.tested',
      params: { name: 'QicsMilestones (sandbox)', org: 'Bureau Jansen' },
    });
    expect(r.errors.value).toEqual({});
  });

  it('asks for a new origin and saves once granted', async () => {
    const { model, permissions } = await setup({ answer: () => passed });
    const r = row(model, SANDBOX);
    r.baseUrl.value = 'https://seats.vendor.example:8443/api/';
    r.token.value = 'tok';
    expect(await r.save()).toBe(true);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://seats.vendor.example/*'] });
  });

  it('does not save when the permission is refused, and says why', async () => {
    const permissions = fakePermissions();
    permissions.allow = false;
    const { model } = await setup({ permissions });
    const r = row(model, SANDBOX);
    r.baseUrl.value = 'https://seats.vendor.example/';
    r.token.value = 'tok';
    expect(await r.save()).toBe(false);
    expect(await items.connections.getValue()).toEqual({});
    expect(r.notice.value).toEqual({
      tone: 'error',
      key: 'options.save.denied',
      params: { origin: 'https://seats.vendor.example/*' },
    });
  });

  it('treats a rejected permission request as refused', async () => {
    const permissions = fakePermissions();
    permissions.request.mockRejectedValueOnce(new Error('not a user gesture'));
    const { model } = await setup({ permissions });
    const r = row(model, SANDBOX);
    r.baseUrl.value = 'https://x.example/';
    r.token.value = 'tok';
    expect(await r.save()).toBe(false);
    expect(r.notice.value?.key).toBe('options.save.denied');
  });

  it.each([
    ['not a URL', 'tok', { baseUrl: 'options.error.base-url' }],
    ['ftp://files.example/', 'tok', { baseUrl: 'options.error.base-url' }],
    ['http://127.0.0.1:5178/', '  ', { token: 'options.error.token' }],
    ['', '', { baseUrl: 'options.error.base-url', token: 'options.error.token' }],
  ])('refuses base URL %j with token %j', async (baseUrl, token, errors) => {
    const { model, permissions } = await setup();
    const r = row(model, SANDBOX);
    r.baseUrl.value = baseUrl;
    r.token.value = token;
    expect(await r.save()).toBe(false);
    expect(r.errors.value).toEqual(errors);
    expect(permissions.contains).not.toHaveBeenCalled();
    expect(await items.connections.getValue()).toEqual({});
  });

  it('reports a storage failure', async () => {
    const { model } = await setup({ answer: () => passed });
    const r = row(model, SANDBOX);
    r.token.value = 'tok';
    const original = items.connections.setValue;
    items.connections.setValue = () => Promise.reject(new Error('quota exceeded'));
    try {
      expect(await r.save()).toBe(false);
    } finally {
      items.connections.setValue = original;
    }
    expect(r.notice.value).toMatchObject({
      key: 'options.save.failed',
      params: { detail: 'quota exceeded' },
    });
  });
});

const failure = (code: string, message = `${code} happened`): TestResult => ({ ok: false, code, message });

describe('saving never claims what the test refused', () => {
  it.each([
    ['unauthorized', 'options.test.unauthorized'],
    ['forbidden', 'options.test.forbidden'],
    ['not-found', 'options.test.not-found'],
    ['network', 'options.test.network'],
    ['timeout', 'options.test.timeout'],
  ])('a %s test leaves storage as it was, and the notice starts with "Not saved."', async (code, key) => {
    const { model } = await setup({ answer: () => failure(code) });
    const r = row(model, SANDBOX);
    r.token.value = 'wrong-token';
    expect(await r.save()).toBe(false);
    expect(await items.connections.getValue()).toEqual({});
    expect(r.notice.value).toMatchObject({ tone: 'error', key, lead: 'options.save.not-saved' });
    expect(r.dirty.value).toBe(true);
  });

  it('saves nothing when the background does not answer', async () => {
    const { model } = await setup({ answer: () => undefined });
    const r = row(model, SANDBOX);
    r.token.value = 'tok';
    expect(await r.save()).toBe(false);
    expect(await items.connections.getValue()).toEqual({});
    expect(r.notice.value).toEqual({
      tone: 'error',
      key: 'options.test.no-answer',
      lead: 'options.save.not-saved',
    });
  });

  it('needs a tenant to test with before it saves', async () => {
    await items.adapters.setValue([acme({ tenant: { path: '^/t/(?<tenant>[a-z-]+)' } })]);
    const { model, sendMessage } = await setup({ answer: () => passed });
    const r = row(model, 'acme-admin');
    r.token.value = 'tok';
    expect(await r.save()).toBe(false);
    expect(r.errors.value).toEqual({ tenant: 'options.error.tenant' });
    expect(sendMessage).not.toHaveBeenCalled();
  });
});

describe('unsaved edits', () => {
  it('a row is dirty while base URL or token differ from what is stored, and clean once saved', async () => {
    await items.connections.setValue({ [SANDBOX]: { baseUrl: 'http://127.0.0.1:5178/', token: 'old' } });
    const { model } = await setup({ answer: () => passed });
    const r = row(model, SANDBOX);
    expect(r.dirty.value).toBe(false);
    r.token.value = ' old ';
    expect(r.dirty.value).toBe(false);
    r.token.value = 'new';
    expect(r.dirty.value).toBe(true);
    r.tenant.value = 'am-demo';
    expect(await r.save()).toBe(true);
    expect(r.dirty.value).toBe(false);
  });

  it('lists every form a reload would lose, in page order', async () => {
    const { model } = await setup();
    const forms = unsavedForms(model);
    expect(forms.value).toEqual([]);
    row(model, 'sandbox-am-demo').token.value = 'typed';
    row(model, SANDBOX).baseUrl.value = 'http://127.0.0.1:6000/';
    model.adapters.importText.value = '{"id": "x"}';
    model.settings.warnPercent.value = '85';
    expect(forms.value).toEqual([
      { kind: 'connection', name: 'QicsMilestones (sandbox)' },
      { kind: 'connection', name: 'AM System (sandbox)' },
      { kind: 'import' },
      { kind: 'settings' },
    ]);
  });
});

describe('testing a connection', () => {
  async function testWith(answer: unknown) {
    const setupResult = await setup({ answer: () => answer });
    const r = row(setupResult.model, SANDBOX);
    r.token.value = 'sandbox-qics-demo';
    const ok = await r.test();
    return { ...setupResult, r, ok };
  }

  it('sends the form values (not the saved ones) to the background', async () => {
    const { sendMessage, ok, r } = await testWith({
      ok: true,
      tenant: 'qics-demo',
      name: 'Bureau Jansen',
      pools: 1,
    });
    expect(ok).toBe(true);
    expect(sendMessage).toHaveBeenCalledWith({
      type: 'test-connection',
      baseUrl: 'http://127.0.0.1:5178/',
      token: 'sandbox-qics-demo',
      tenant: 'qics-demo',
    });
    expect(r.notice.value).toEqual({
      tone: 'ok',
      key: 'options.test.ok',
      params: { name: 'Bureau Jansen', count: 1 },
    });
    expect(await items.connections.getValue()).toEqual({});
  });

  it.each([
    ['network', 'options.test.network'],
    ['unauthorized', 'options.test.unauthorized'],
    ['forbidden', 'options.test.forbidden'],
    ['not-found', 'options.test.not-found'],
    ['timeout', 'options.test.timeout'],
    ['aborted', 'options.test.timeout'],
    ['rate-limited', 'options.test.rate-limited'],
    ['server-error', 'options.test.server-error'],
    ['config', 'options.test.config'],
    ['teapot', 'options.test.other'],
  ])('maps %s to %s', async (code, key) => {
    const { r, ok } = await testWith(failure(code));
    expect(ok).toBe(false);
    expect(r.notice.value).toMatchObject({
      tone: 'error',
      key,
      params: { url: 'http://127.0.0.1:5178/', tenant: 'qics-demo', code },
    });
  });

  it.each([
    ['policy: Invalid input: expected object, received undefined', 'policy'],
    ['snapshot.users[3].id: Invalid input', 'snapshot.users[3].id'],
  ])('names the path a bad reply failed on, not zod’s words (%s)', async (issue, path) => {
    const message = `The Seat API sent an invalid response (200): ${issue}`;
    const { r } = await testWith(failure('invalid-response', message));
    expect(r.notice.value).toMatchObject({ key: 'options.test.invalid-response', params: { detail: path } });
  });

  it.each([
    'The Seat API sent an invalid response (200): not JSON (Unexpected token < in JSON)',
    'The Seat API sent an invalid response (200): Invalid input: expected object, received array',
  ])('says a reply with no usable path is not a Seat API reply: %s', async (message) => {
    const { r } = await testWith(failure('invalid-response', message));
    expect(r.notice.value?.key).toBe('options.test.not-seat-api');
  });

  it.each([
    ['http://127.0.0.1:5178/v1', 'http://127.0.0.1:5178/'],
    ['https://vendor.example/seat-api/v1/', 'https://vendor.example/seat-api/'],
  ])('blames a base ending in /v1 for a 404, not the tenant (%s)', async (baseUrl, suggested) => {
    const setupResult = await setup({ answer: () => failure('not-found') });
    const r = row(setupResult.model, SANDBOX);
    r.baseUrl.value = baseUrl;
    r.token.value = 'sandbox-qics-demo';
    await r.test();
    expect(r.notice.value).toMatchObject({ key: 'options.test.not-found-v1', params: { suggested } });
  });

  it('shows which option is bad', async () => {
    const { r } = await testWith(failure('config', 'Seat API client: token: expected a bearer token'));
    expect(r.notice.value?.params?.detail).toBe('token: expected a bearer token');
  });

  it.each([[undefined], [{ ok: 'maybe' }], ['pong']])(
    'says the background did not answer for %j',
    async (answer) => {
      const { r } = await testWith(answer);
      expect(r.notice.value).toEqual({ tone: 'error', key: 'options.test.no-answer' });
    },
  );

  it('says the background did not answer when messaging fails', async () => {
    const { model, sendMessage } = await setup();
    sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    const r = row(model, SANDBOX);
    r.token.value = 'tok';
    expect(await r.test()).toBe(false);
    expect(r.notice.value?.key).toBe('options.test.no-answer');
  });

  it('needs a tenant, and sends nothing without one', async () => {
    await items.adapters.setValue([acme({ tenant: { path: '^/t/(?<tenant>[a-z-]+)' } })]);
    const { model, sendMessage } = await setup();
    const r = row(model, 'acme-admin');
    r.token.value = 'tok';
    expect(await r.test()).toBe(false);
    expect(r.errors.value).toEqual({ tenant: 'options.error.tenant' });
    r.tenant.value = '../admin';
    expect(await r.test()).toBe(false);
    expect(r.errors.value).toEqual({ tenant: 'options.error.tenant' });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('asks for the origin first and does not test without it', async () => {
    const permissions = fakePermissions([]);
    permissions.allow = false;
    const { model, sendMessage } = await setup({ permissions });
    const r = row(model, SANDBOX);
    r.token.value = 'tok';
    expect(await r.test()).toBe(false);
    expect(r.notice.value?.key).toBe('options.test.denied');
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('runs one action at a time', async () => {
    let release: (value: unknown) => void = () => undefined;
    const { model } = await setup({ answer: () => new Promise((resolve) => (release = resolve)) });
    const r = row(model, SANDBOX);
    r.token.value = 'tok';
    const first = r.test();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(r.busy.value).toBe(true);
    expect(r.notice.value?.key).toBe('options.test.running');
    expect(await r.save()).toBe(false);
    release({ ok: true, tenant: 'qics-demo', name: 'Bureau Jansen', pools: 2 });
    expect(await first).toBe(true);
    expect(r.busy.value).toBe(false);
  });
});
