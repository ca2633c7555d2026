import { batch, computed, signal } from '@preact/signals';
import * as z from 'zod/mini';
import { TenantId } from '../../api/schemas';
import type { HostAdapter } from '../../hosts';
import type { ConnectionField, ConnectionRowState, FieldErrors, Notice } from '../../view/options';
import { HostConnection } from '../shared/config';
import { TestResult } from '../shared/protocol';
import { thrownText } from '../shared/thrown';
import { ensurePermissions, type OptionsDeps } from './deps';
import { oneAtATime } from './one-at-a-time';
import { urlOrigin } from './permission-origins';
import { testNotice } from './test-notice';

export interface ConnectionRowDeps extends Pick<OptionsDeps, 'sendMessage' | 'permissions'> {
  /** Writes one adapter's connection next to the others. */
  store: (id: string, connection: HostConnection) => Promise<void>;
}

const FIELD_ERRORS = {
  baseUrl: 'options.error.base-url',
  token: 'options.error.token',
  tenant: 'options.error.tenant',
} as const;

/** The tenant a test reads by default: a fixed one, or the sandbox tenant named in a built-in id. */
export function defaultTenant(adapter: HostAdapter, builtIn: boolean): string {
  if ('fixed' in adapter.tenant) return adapter.tenant.fixed;
  return builtIn ? (/^sandbox-(.+)$/.exec(adapter.id)?.[1] ?? '') : '';
}

/**
 * One adapter's connection form: validates with the storage schema, asks for the host, tests, and saves only
 * what the Seat API accepted (so "Saved" always means the panel will work with it).
 */
export function createConnectionRow(
  adapter: HostAdapter,
  stored: HostConnection | undefined,
  tenant: string,
  deps: ConnectionRowDeps,
): ConnectionRowState {
  const baseUrl = signal(stored?.baseUrl ?? adapter.api?.baseUrl ?? '');
  const token = signal(stored?.token ?? '');
  const tenantText = signal(tenant);
  const errors = signal<FieldErrors<ConnectionField>>({});
  const notice = signal<Notice | null>(null);
  const turn = oneAtATime();
  // What a reload would show: the stored connection, else the adapter's default base and no token.
  const kept = signal({ baseUrl: baseUrl.peek(), token: token.peek() });
  const dirty = computed(
    () =>
      baseUrl.value.trim() !== kept.value.baseUrl.trim() || token.value.trim() !== kept.value.token.trim(),
  );

  /** The connection (and tenant) when every field is valid; otherwise the field errors are set. */
  function validate() {
    const connection = z.safeParse(HostConnection, {
      baseUrl: baseUrl.value.trim(),
      token: token.value.trim(),
    });
    const tenantId = z.safeParse(TenantId, tenantText.value.trim());
    const found: FieldErrors<ConnectionField> = {};
    for (const issue of connection.error?.issues ?? []) {
      const field = issue.path[0];
      if (field === 'baseUrl' || field === 'token') found[field] = FIELD_ERRORS[field];
    }
    if (!tenantId.success) found.tenant = FIELD_ERRORS.tenant;
    batch(() => {
      errors.value = found;
      notice.value = null;
    });
    if (!connection.success || !tenantId.success) return null;
    return { connection: connection.data, tenant: tenantId.data };
  }

  /** The valid fields once their host may be contacted (the background's fetch needs the permission). */
  async function permitted(key: 'options.save.denied' | 'options.test.denied') {
    const valid = validate();
    if (!valid) return null;
    const origin = urlOrigin(valid.connection.baseUrl);
    if (await ensurePermissions(deps.permissions, { origins: [origin] })) return valid;
    notice.value = { tone: 'error', key, params: { origin } };
    return null;
  }

  /** The background's test of the valid fields, or undefined when it did not answer. */
  async function ask(connection: HostConnection, id: string): Promise<TestResult | undefined> {
    return deps.sendMessage({ type: 'test-connection', ...connection, tenant: id }).then(
      (answer) => z.safeParse(TestResult, answer).data,
      () => undefined,
    );
  }

  const testedNotice = (reply: TestResult | undefined, url: string, id: string): Notice =>
    reply ? testNotice(reply, { url, tenant: id }) : { tone: 'error', key: 'options.test.no-answer' };

  async function save(): Promise<boolean> {
    const valid = await permitted('options.save.denied');
    if (!valid) return false;
    const { connection, tenant: id } = valid;
    notice.value = { tone: 'info', key: 'options.save.testing' };
    const reply = await ask(connection, id);
    // Whatever the test did not pass stays unsaved, and the notice says so before it says why.
    if (!reply?.ok) {
      notice.value = { ...testedNotice(reply, connection.baseUrl, id), lead: 'options.save.not-saved' };
      return false;
    }
    try {
      await deps.store(adapter.id, connection);
      batch(() => {
        kept.value = connection;
        notice.value = {
          tone: 'ok',
          key: 'options.save.tested',
          params: { name: adapter.name, org: reply.name },
        };
      });
      return true;
    } catch (error) {
      notice.value = { tone: 'error', key: 'options.save.failed', params: { detail: thrownText(error) } };
      return false;
    }
  }

  async function test(): Promise<boolean> {
    const valid = await permitted('options.test.denied');
    if (!valid) return false;
    const { connection, tenant: id } = valid;
    notice.value = { tone: 'info', key: 'options.test.running' };
    const reply = await ask(connection, id);
    notice.value = testedNotice(reply, connection.baseUrl, id);
    return reply?.ok ?? false;
  }

  return {
    adapter,
    baseUrl,
    token,
    tenant: tenantText,
    errors,
    notice,
    busy: turn.busy,
    dirty,
    save: () => turn.run(save),
    test: () => turn.run(test),
  };
}
