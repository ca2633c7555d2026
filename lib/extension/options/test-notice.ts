import type { MessageKey } from '../../i18n';
import type { Notice } from '../../view/options';
import type { TestResult } from '../shared/protocol';

const FAILURES: Readonly<Record<string, MessageKey>> = {
  network: 'options.test.network',
  unauthorized: 'options.test.unauthorized',
  forbidden: 'options.test.forbidden',
  'not-found': 'options.test.not-found',
  'invalid-response': 'options.test.invalid-response',
  timeout: 'options.test.timeout',
  // The background's own deadline aborts the call: to the admin that is the same as no answer in time.
  aborted: 'options.test.timeout',
  'rate-limited': 'options.test.rate-limited',
  'server-error': 'options.test.server-error',
  config: 'options.test.config',
};

/** The part of the client's English message worth showing: the bad option. */
function detailOf(code: string, message: string): string {
  if (code === 'config') return message.replace(/^Seat API client:\s*/, '');
  return message;
}

/** The path of a reply the client could not read (`policy.pools[0]: …` → `policy.pools[0]`); null when none. */
function badPath(message: string): string | null {
  const issue = message.replace(/^.*?\(\d+\):\s*/s, '');
  return /^([\w$.[\]"-]+): /.exec(issue)?.[1] ?? null;
}

/** The base without a trailing `v1` segment, when the admin pasted the API's own address instead of its base. */
function withoutV1(url: string): string | null {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || !/\/v1\/?$/.test(parsed.pathname)) return null;
  parsed.pathname = parsed.pathname.replace(/v1\/?$/, '');
  return parsed.href;
}

/** What a test-connection result means for the admin, and what to do about it, in sentences. */
export function testNotice(result: TestResult, target: { url: string; tenant: string }): Notice {
  if (result.ok)
    return { tone: 'ok', key: 'options.test.ok', params: { name: result.name, count: result.pools } };
  const suggested = result.code === 'not-found' ? withoutV1(target.url) : null;
  // A 404 there is the base, not the tenant: the client adds v1/… itself.
  if (suggested) return { tone: 'error', key: 'options.test.not-found-v1', params: { ...target, suggested } };
  if (result.code === 'invalid-response') {
    const path = badPath(result.message);
    return path
      ? { tone: 'error', key: 'options.test.invalid-response', params: { ...target, detail: path } }
      : { tone: 'error', key: 'options.test.not-seat-api', params: target };
  }
  const key = FAILURES[result.code] ?? 'options.test.other';
  return {
    tone: 'error',
    key,
    params: { ...target, code: result.code, detail: detailOf(result.code, result.message) },
  };
}
