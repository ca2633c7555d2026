import { batch, computed, signal } from '@preact/signals';
import * as z from 'zod/mini';
import type { AgentFormState, ConnectionField, FieldErrors, Notice } from '../../view/options';
import type { PopupPort } from '../shared/agent-channel';
import { AgentConnection, agentOf } from '../shared/agent-config';
import type { AgentReply } from '../shared/agent-protocol';
import { thrownText } from '../shared/thrown';
import { testAgent } from './agent-test';
import { ensurePermissions, type PermissionsApi, type StoredItem } from './deps';
import { oneAtATime } from './one-at-a-time';
import { urlOrigin } from './permission-origins';
import { testNotice } from './test-notice';

export interface AgentFormDeps {
  item: Pick<StoredItem, 'getValue' | 'setValue'>;
  permissions: PermissionsApi;
  /** `browser.runtime.connect` to the agent port, for Test connection. */
  connect(): PopupPort;
}

type AgentField = Exclude<ConnectionField, 'tenant'>;

const FIELD_ERRORS = { baseUrl: 'options.error.base-url', token: 'options.error.token' } as const;

/** What a test's reply means for the agent, and what to do about it. */
function testedNotice(reply: AgentReply | undefined, url: string): Notice {
  if (!reply || (reply.type !== 'tested' && reply.type !== 'failed'))
    return { tone: 'error', key: 'options.test.no-answer' };
  if (reply.type === 'tested') return { tone: 'ok', key: 'options.agent.tested' };
  // On the search a 403 means a tenant's token, not an agent's.
  if (reply.error.code === 'forbidden') return { tone: 'error', key: 'options.agent.forbidden' };
  return testNotice({ ok: false, ...reply.error }, { url, tenant: '' });
}

/** The agent connection form of the options page: validates with the storage schema, asks for the host, saves, tests. */
export function createAgentForm(deps: AgentFormDeps) {
  const baseUrl = signal('');
  const token = signal('');
  const errors = signal<FieldErrors<AgentField>>({});
  const notice = signal<Notice | null>(null);
  const turn = oneAtATime();
  // What a reload would show.
  const kept = signal({ baseUrl: '', token: '' });
  // A stored connection has a base URL: the schema takes none without.
  const stored = computed(() => kept.value.baseUrl !== '');
  const dirty = computed(
    () => baseUrl.value.trim() !== kept.value.baseUrl || token.value.trim() !== kept.value.token,
  );

  function show(value: unknown): void {
    const agent = agentOf(value);
    batch(() => {
      baseUrl.value = agent?.baseUrl ?? '';
      token.value = agent?.token ?? '';
      kept.value = { baseUrl: baseUrl.value, token: token.value };
    });
  }

  function validate(): AgentConnection | null {
    const parsed = z.safeParse(AgentConnection, { baseUrl: baseUrl.value.trim(), token: token.value.trim() });
    const found: FieldErrors<AgentField> = {};
    for (const issue of parsed.error?.issues ?? []) {
      const field = issue.path[0];
      if (field === 'baseUrl' || field === 'token') found[field] = FIELD_ERRORS[field];
    }
    batch(() => {
      errors.value = found;
      notice.value = null;
    });
    return parsed.data ?? null;
  }

  /** The valid connection once its host may be contacted (the background's fetch needs the permission). */
  async function permitted(
    key: 'options.save.denied' | 'options.test.denied',
  ): Promise<AgentConnection | null> {
    const agent = validate();
    if (!agent) return null;
    if (await ensurePermissions(deps.permissions, { origins: [urlOrigin(agent.baseUrl)] })) return agent;
    notice.value = { tone: 'error', key, params: { origin: urlOrigin(agent.baseUrl) } };
    return null;
  }

  async function save(): Promise<boolean> {
    const agent = await permitted('options.save.denied');
    if (!agent) return false;
    // Tested first: a connection the Seat API refused is never stored as if it worked.
    notice.value = { tone: 'info', key: 'options.save.testing' };
    const reply = await testAgent(deps.connect, agent);
    if (reply?.type !== 'tested') {
      notice.value = { ...testedNotice(reply, agent.baseUrl), lead: 'options.save.not-saved' };
      return false;
    }
    try {
      await deps.item.setValue(agent);
      batch(() => {
        kept.value = agent;
        notice.value = { tone: 'ok', key: 'options.agent.saved' };
      });
      return true;
    } catch (error) {
      notice.value = { tone: 'error', key: 'options.save.failed', params: { detail: thrownText(error) } };
      return false;
    }
  }

  async function test(): Promise<boolean> {
    const agent = await permitted('options.test.denied');
    if (!agent) return false;
    notice.value = { tone: 'info', key: 'options.test.running' };
    const reply = await testAgent(deps.connect, agent);
    notice.value = testedNotice(reply, agent.baseUrl);
    return reply?.type === 'tested';
  }

  async function remove(): Promise<boolean> {
    try {
      await deps.item.setValue(null);
      show(null);
      notice.value = { tone: 'ok', key: 'options.agent.removed' };
      return true;
    } catch (error) {
      notice.value = { tone: 'error', key: 'options.save.failed', params: { detail: thrownText(error) } };
      return false;
    }
  }

  const exclusive = (action: () => Promise<boolean>) => () => turn.run(action);

  const state: AgentFormState = {
    baseUrl,
    token,
    stored,
    errors,
    notice,
    busy: turn.busy,
    dirty,
    save: exclusive(save),
    test: exclusive(test),
    remove: exclusive(remove),
  };
  return {
    state,
    /** Settles once the stored connection is in the fields. */
    loaded: deps.item.getValue().then(show, () => undefined),
  };
}
