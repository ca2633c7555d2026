import * as z from 'zod/mini';
import { HostAdapter } from '../../hosts/schema';
import type { SeatView } from '../../view/schema';
import type { SeatState } from '../shared/protocol';

/** What a message that failed its schema still says: which check it answers, or the adapter of a state. */
const Answer = z.object({ type: z.literal('decision'), id: z.int() });
const Named = z.object({ adapter: HostAdapter });

/** A message from the background the content script cannot read: the answer to a check, or a state. */
export type Unreadable = { check: number } | { state: SeatState | null; view: SeatView };

/** The panel's error for seat data that arrived but cannot be read. */
export function unreadableView(tenant: string): SeatView {
  const message = 'The seat data sent to this page does not match what seatguard expects.';
  return { tenant, status: 'error', error: { code: 'invalid-response', message } };
}

/**
 * What to make of a message that failed its schema, never silence: the check it answers (which then takes
 * the adapter's fail mode), or a state whose view is an error. The state keeps the adapter the message names,
 * else the one before, so that the guard still knows its forms; null when neither is known.
 */
export function unreadable(message: unknown, previous: SeatState | null): Unreadable {
  const answer = z.safeParse(Answer, message);
  if (answer.success) return { check: answer.data.id };
  const adapter = z.safeParse(Named, message).data?.adapter ?? previous?.adapter;
  const view = unreadableView(previous?.view.tenant ?? '');
  const lang = previous?.lang;
  return { state: adapter ? { type: 'state', adapter, ...(lang && { lang }), view } : null, view };
}
