import * as z from 'zod/mini';
import { SeatsResponse, TenantId, TenantSummary } from '../../api/schemas';
import { SeatView } from '../../view/schema';

// The popup's (and the options page's) runtime Port to the background for agent lookups; both ends parse
// every message and drop what does not fit. Each request carries an id its reply repeats, so a late reply
// to an older request is recognised and ignored.

export const AGENT_PORT = 'seatguard:agent';

const RequestId = z.int().check(z.nonnegative());

/** The search API's own bound on `q` (seat-api.md). */
export const MAX_QUERY = 100;

export const AgentRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('search'), id: RequestId, q: z.string().check(z.maxLength(MAX_QUERY)) }),
  /** `adapter`: the host whose page the popup opened on, whose own connection serves when no agent token is set. */
  z.object({ type: z.literal('tenant'), id: RequestId, tenant: TenantId, adapter: z.optional(z.string()) }),
  /** Tries an agent connection before it is saved (options page). */
  z.object({ type: z.literal('test'), id: RequestId, baseUrl: z.string(), token: z.string() }),
]);

export const AgentFailure = z.object({ code: z.string(), message: z.string() });

export const AgentReply = z.discriminatedUnion('type', [
  z.object({ type: z.literal('results'), id: RequestId, tenants: z.array(TenantSummary) }),
  z.object({
    type: z.literal('tenant'),
    id: RequestId,
    view: SeatView,
    facts: z.optional(SeatsResponse),
    /** The tenant's admin page, from an adapter that knows its URL shape. */
    adminHref: z.optional(z.url({ protocol: /^https?$/ })),
  }),
  z.object({ type: z.literal('tested'), id: RequestId }),
  z.object({ type: z.literal('failed'), id: RequestId, error: AgentFailure }),
]);

export type AgentRequest = z.output<typeof AgentRequest>;
export type AgentReply = z.output<typeof AgentReply>;
export type AgentFailure = z.output<typeof AgentFailure>;
