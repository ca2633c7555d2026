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

/** The part of the client's English message worth showing: the bad path of a reply, the bad option. */
function detailOf(code: string, message: string): string {
  if (code === 'invalid-response') return message.replace(/^.*?\(\d+\):\s*/s, '');
  if (code === 'config') return message.replace(/^Seat API client:\s*/, '');
  return message;
}

/** What a test-connection result means for the admin, and what to do about it. */
export function testNotice(result: TestResult, target: { url: string; tenant: string }): Notice {
  if (result.ok)
    return { tone: 'ok', key: 'options.test.ok', params: { name: result.name, count: result.pools } };
  const key = FAILURES[result.code] ?? 'options.test.other';
  return {
    tone: 'error',
    key,
    params: { ...target, code: result.code, detail: detailOf(result.code, result.message) },
  };
}
