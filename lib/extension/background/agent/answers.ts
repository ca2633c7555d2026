import { type SeatApi, type SeatApiOptions, toSeatApiError } from '../../../api';
import type { HostAdapter } from '../../../hosts';
import { prepareParsed } from '../../../rules';
import { buildView } from '../../../view/build';
import type { AgentConnection } from '../../shared/agent-config';
import type { AgentReply, AgentRequest } from '../../shared/agent-protocol';
import { type Connections, type Settings, withWarnAt } from '../../shared/config';
import { adminHref } from './admin';

/** What the agent service reads, injected so that it runs under test without a browser. */
export interface AgentDeps {
  agent(): Promise<AgentConnection | null>;
  connections(): Promise<Connections>;
  settings(): Promise<Settings>;
  adapters(): Promise<readonly HostAdapter[]>;
  api(options: SeatApiOptions): SeatApi;
  now(): number;
}

/** The port's lifetime (instance) and this request's own signal (aborted by a newer request). */
export interface Signals {
  lifetime: AbortSignal;
  request: AbortSignal;
}

type Request<T extends AgentRequest['type']> = Extract<AgentRequest, { type: T }>;

// Matches the list the popup shows; the API allows up to 50.
const SEARCH_LIMIT = 10;

const UNCONFIGURED = { code: 'unconfigured', message: 'No agent connection is set in the options.' };

/** The reply to a failed call, or null when it failed because a newer request aborted it. */
function failed(id: number, error: unknown): AgentReply | null {
  const failure = toSeatApiError(error);
  if (failure.code === 'aborted') return null;
  return { type: 'failed', id, error: { code: failure.code, message: failure.message } };
}

async function search(request: Request<'search'>, deps: AgentDeps, signals: Signals) {
  const agent = await deps.agent();
  if (!agent) return { type: 'failed' as const, id: request.id, error: UNCONFIGURED };
  try {
    const api = deps.api({ ...agent, signal: signals.lifetime });
    const found = await api.searchTenants(request.q, { limit: SEARCH_LIMIT, signal: signals.request });
    return { type: 'results' as const, id: request.id, tenants: found.tenants };
  } catch (error) {
    return failed(request.id, error);
  }
}

async function tenant(
  request: Request<'tenant'>,
  deps: AgentDeps,
  signals: Signals,
): Promise<AgentReply | null> {
  const [agent, connections, settings, adapters] = await Promise.all([
    deps.agent(),
    deps.connections(),
    deps.settings(),
    deps.adapters(),
  ]);
  const { id, tenant: name, adapter } = request;
  // The agent token reads every tenant; without it, the host the popup opened on may have its own.
  const source = agent ?? (adapter === undefined ? undefined : connections[adapter]);
  if (!source) return { type: 'tenant', id, view: { tenant: name, status: 'unconfigured' } };
  const href = adminHref(adapters, name, source.baseUrl, adapter);
  const reply = { type: 'tenant' as const, id, ...(href && { adminHref: href }) };
  try {
    const api = deps.api({ ...source, signal: signals.lifetime });
    const result = await api.seats(name, { signal: signals.request });
    if (result.status !== 'fresh') throw new Error('unexpected 304');
    const facts = { policy: withWarnAt(result.data.policy, settings), snapshot: result.data.snapshot };
    const prepared = prepareParsed(facts.policy, facts.snapshot);
    const now = deps.now();
    return { ...reply, view: buildView({ tenant: name, facts: { prepared, fetchedAt: now }, now }), facts };
  } catch (error) {
    const failure = toSeatApiError(error);
    if (failure.code === 'aborted') return null;
    const view = buildView({
      tenant: name,
      error: { code: failure.code, message: failure.message },
      now: deps.now(),
    });
    return { ...reply, view };
  }
}

async function test(request: Request<'test'>, deps: AgentDeps, signals: Signals) {
  try {
    const api = deps.api({ baseUrl: request.baseUrl, token: request.token, signal: signals.lifetime });
    await api.searchTenants('', { limit: 1, signal: signals.request });
    return { type: 'tested' as const, id: request.id };
  } catch (error) {
    return failed(request.id, error);
  }
}

/** The reply to one request; null when there is nothing to say (it was superseded). */
export function answer(request: AgentRequest, deps: AgentDeps, signals: Signals): Promise<AgentReply | null> {
  if (request.type === 'search') return search(request, deps, signals);
  if (request.type === 'tenant') return tenant(request, deps, signals);
  return test(request, deps, signals);
}
