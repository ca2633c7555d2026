import * as z from 'zod/mini';
import { Decision } from '../../guard/decision';
import { HostAdapter } from '../../hosts/schema';
import { LANGS } from '../../i18n/langs';
import { Change, ChangeList } from '../../rules/schemas';
import { SeatView } from '../../view/schema';

// Messages between the parts of the extension, parsed on arrival; anything else is dropped.

export const SEATS_PORT = 'seatguard:seats';

/** A content script's own number for a check, repeated by the answer. */
const CheckId = z.int().check(z.nonnegative());

/**
 * Narrow intents a content script may send: never URLs, tenants or tokens (architecture.md). `check` asks
 * what the guard should do with the change(s) a form would make; the background holds the facts.
 */
export const ContentIntent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('refresh') }),
  z.object({ type: z.literal('refresh-if-stale') }),
  z.object({ type: z.literal('submitted') }),
  z.object({ type: z.literal('check'), id: CheckId, changes: z.union([Change, ChangeList]) }),
  /** The admin opened or closed the panel: the background remembers it for the host. */
  z.object({ type: z.literal('panel'), open: z.boolean() }),
]);

/** What the background tells a content script: its adapter, and the view it renders. Never the facts. */
export const SeatState = z.object({
  type: z.literal('state'),
  adapter: HostAdapter,
  lang: z.optional(z.enum(LANGS)),
  raiseHref: z.optional(z.string()),
  view: SeatView,
  /** Whether the admin left the panel open on this host: in the first state a port receives only. */
  open: z.optional(z.boolean()),
});

/** The background's answer to a check. */
export const CheckAnswer = z.object({ type: z.literal('decision'), id: CheckId, decision: Decision });

/** Everything the background posts on a content script's port. */
export const ToContent = z.discriminatedUnion('type', [SeatState, CheckAnswer]);

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
/** What a content script sends: the input side, before the background's parse fills defaults. */
export type ContentIntentInput = z.input<typeof ContentIntent>;
export type SeatState = z.output<typeof SeatState>;
export type CheckAnswer = z.output<typeof CheckAnswer>;
export type PageRequest = z.output<typeof PageRequest>;
export type TestResult = z.output<typeof TestResult>;
