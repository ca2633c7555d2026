import type * as z from 'zod/mini';
import { parseWith } from '../../api/issues';
import { unchecked } from '../../guard/decide';
import type { HostAdapter } from '../../hosts';
import { type CheckAnswer, CheckAnswer as CheckAnswerSchema, SeatState } from '../shared/protocol';

/**
 * The most one message into a page may weigh as JSON. A view is a few kB at any tenant size (npm run bench:
 * 6.6 kB at 100k users); past this only hostile data (a megabyte-long pool id) and Chrome refuses 64 MiB.
 */
export const MAX_MESSAGE_CHARS = 2 ** 20;

/**
 * Why a content script could not take this message as a port delivers it (JSON), parsed with the schema it
 * parses with; null when it can.
 */
export function unfit(schema: z.ZodMiniType, message: unknown): string | null {
  const json = JSON.stringify(message);
  if (json.length > MAX_MESSAGE_CHARS) return `${json.length} characters of JSON, over ${MAX_MESSAGE_CHARS}`;
  const parsed = parseWith(schema, JSON.parse(json));
  return parsed.ok ? null : parsed.issue.slice(0, 300);
}

/** The state to send: with an error view instead when the page could not carry it, so that the panel says so. */
export function carriedState(state: SeatState): SeatState {
  const problem = unfit(SeatState, state);
  if (problem === null) return state;
  const message = `The seat data cannot be shown in the page: ${problem}`;
  return {
    ...state,
    view: { tenant: state.view.tenant, status: 'error', error: { code: 'invalid-response', message } },
  };
}

/** The answer to send: the adapter's fail mode, noted, instead of a decision the page could not carry. */
export function carriedAnswer(answer: CheckAnswer, adapter: Pick<HostAdapter, 'failMode'>): CheckAnswer {
  return unfit(CheckAnswerSchema, answer) === null
    ? answer
    : { ...answer, decision: unchecked(adapter, 'guard-error') };
}
