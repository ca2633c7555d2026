import * as z from 'zod/mini';
import { SeatsResponse } from '../../api/schemas';
import { HostAdapter } from '../../hosts/schema';
import { LANGS } from '../../i18n/langs';
import { SeatView } from '../../view/schema';

// Messages between the parts of the extension, parsed on arrival; anything else is dropped.

export const SEATS_PORT = 'seatguard:seats';

/** Narrow intents a content script may send: never URLs, tenants or tokens (architecture.md). */
export const ContentIntent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('refresh') }),
  z.object({ type: z.literal('refresh-if-stale') }),
  z.object({ type: z.literal('submitted') }),
]);

/** What the background tells a content script: its adapter, the view, and its own tenant's facts for the guard. */
export const SeatState = z.object({
  type: z.literal('state'),
  adapter: HostAdapter,
  lang: z.optional(z.enum(LANGS)),
  raiseHref: z.optional(z.string()),
  view: SeatView,
  facts: z.optional(SeatsResponse),
});

/** Requests from extension pages (options, popup), accepted only from the extension's own pages. */
export const PageRequest = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('test-connection'),
    baseUrl: z.string(),
    token: z.string(),
    tenant: z.string(),
  }),
  z.object({ type: z.literal('register-adapters') }),
]);

export const TestResult = z.union([
  z.object({ ok: z.literal(true), tenant: z.string(), name: z.string(), pools: z.int() }),
  z.object({ ok: z.literal(false), code: z.string(), message: z.string() }),
]);

export type ContentIntent = z.output<typeof ContentIntent>;
export type SeatState = z.output<typeof SeatState>;
export type PageRequest = z.output<typeof PageRequest>;
export type TestResult = z.output<typeof TestResult>;
