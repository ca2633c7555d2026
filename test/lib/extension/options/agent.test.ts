import '../fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { createAgentForm } from '../../../../lib/extension/options/agent';
import type { AgentReply } from '../../../../lib/extension/shared/agent-protocol';
import { fakePort } from '../popup/fakes';
import { fakePermissions } from './fakes';

const AGENT = { baseUrl: 'http://127.0.0.1:5178/', token: 'agent-token' };

/** The form over a stored value, a port the test answers, and fake permissions. */
async function setup(stored: unknown = null, answer?: AgentReply | 'drop') {
  let value = stored;
  const item = {
    getValue: vi.fn(async () => value),
    setValue: vi.fn(async (next: unknown) => {
      value = next;
    }),
  };
  const permissions = fakePermissions();
  const port = fakePort();
  const connect = vi.fn(() => {
    port.postMessage = (request) => {
      port.sent.push(request);
      queueMicrotask(() => (answer === 'drop' ? port.drop() : answer && port.reply(answer)));
    };
    return port;
  });
  const form = createAgentForm({ item, permissions, connect });
  await form.loaded;
  return { form: form.state, item, permissions, port, connect };
}

describe('the options page’s agent connection', () => {
  it('shows the stored connection, or empty fields', async () => {
    expect((await setup(AGENT)).form.baseUrl.value).toBe(AGENT.baseUrl);
    const empty = await setup({ baseUrl: 'not a url', token: '' });
    expect([empty.form.baseUrl.value, empty.form.token.value, empty.form.stored.value]).toEqual([
      '',
      '',
      false,
    ]);
  });

  it('tests, then saves a valid connection as local:agent, trimmed', async () => {
    const { form, item, port } = await setup(null, { type: 'tested', id: 0 });
    form.baseUrl.value = ` ${AGENT.baseUrl} `;
    form.token.value = ' agent-token ';
    expect(form.dirty.value).toBe(true);
    expect(await form.save()).toBe(true);
    expect(port.sent).toEqual([{ type: 'test', id: 0, ...AGENT }]);
    expect(item.setValue).toHaveBeenCalledWith(AGENT);
    expect(form.notice.value).toEqual({ tone: 'ok', key: 'options.agent.saved' });
    expect(form.stored.value).toBe(true);
    expect(form.dirty.value).toBe(false);
  });

  it.each<[string, AgentReply | 'drop', string]>([
    [
      'a refused token',
      { type: 'failed', id: 0, error: { code: 'unauthorized', message: '401' } },
      'options.test.unauthorized',
    ],
    [
      'a tenant’s token',
      { type: 'failed', id: 0, error: { code: 'forbidden', message: '403' } },
      'options.agent.forbidden',
    ],
    ['no answer', 'drop', 'options.test.no-answer'],
  ])('never saves what the test refused: %s, and says "Not saved." first', async (_name, answer, key) => {
    const { form, item } = await setup(null, answer);
    form.baseUrl.value = AGENT.baseUrl;
    form.token.value = 'agent-token';
    expect(await form.save()).toBe(false);
    expect(item.setValue).not.toHaveBeenCalled();
    expect(form.notice.value).toMatchObject({ tone: 'error', key, lead: 'options.save.not-saved' });
    expect(form.stored.value).toBe(false);
    expect(form.dirty.value).toBe(true);
  });

  it('marks the fields to fix and saves nothing', async () => {
    const { form, item } = await setup();
    form.baseUrl.value = 'ftp://x';
    expect(await form.save()).toBe(false);
    expect(form.errors.value).toEqual({ baseUrl: 'options.error.base-url', token: 'options.error.token' });
    expect(item.setValue).not.toHaveBeenCalled();
  });

  it('asks for the Seat API’s host, and saves nothing when refused', async () => {
    const { form, item, permissions } = await setup();
    permissions.allow = false;
    form.baseUrl.value = 'https://seats.vendor.example/';
    form.token.value = 't';
    expect(await form.save()).toBe(false);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://seats.vendor.example/*'] });
    expect(form.notice.value).toMatchObject({ key: 'options.save.denied' });
    expect(item.setValue).not.toHaveBeenCalled();
  });

  it.each<[string, AgentReply | 'drop', object]>([
    ['a search that worked', { type: 'tested', id: 0 }, { tone: 'ok', key: 'options.agent.tested' }],
    [
      'a refused token',
      { type: 'failed', id: 0, error: { code: 'unauthorized', message: '401' } },
      { tone: 'error', key: 'options.test.unauthorized' },
    ],
    [
      'a tenant’s token',
      { type: 'failed', id: 0, error: { code: 'forbidden', message: '403' } },
      { tone: 'error', key: 'options.agent.forbidden' },
    ],
    ['no answer', 'drop', { tone: 'error', key: 'options.test.no-answer' }],
  ])('tests through the background: %s', async (_name, answer, notice) => {
    const { form, port } = await setup(AGENT, answer);
    await form.test();
    expect(port.sent).toEqual([{ type: 'test', id: 0, ...AGENT }]);
    expect(form.notice.value).toMatchObject(notice);
    expect(port.disconnect).toHaveBeenCalled();
  });

  it('removes the connection', async () => {
    const { form, item } = await setup(AGENT);
    expect(await form.remove()).toBe(true);
    expect(item.setValue).toHaveBeenCalledWith(null);
    expect([form.baseUrl.value, form.stored.value]).toEqual(['', false]);
  });
});
