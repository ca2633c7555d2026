import type { SeatsResponse } from '../../api';
import { prepareTenant } from '../../rules';
import type { SeatView } from '../../view/schema';
import type { Settings } from '../shared/config';
import type { CacheState } from './seat-cache';

/** The facts with the admin's own warning threshold, when set in the options. */
export function withSettings(data: SeatsResponse, settings: Settings): SeatsResponse {
  return settings.warnAt === undefined
    ? data
    : { ...data, policy: { ...data.policy, warnAt: settings.warnAt } };
}

/** What a panel shows for a cache state: fresh data, stale data with the error, or the error alone. */
export function viewOf(tenant: string, state: CacheState, settings: Settings, now: number): SeatView {
  const { entry, error } = state;
  const failure = error && { code: error.code, message: error.message };
  if (!entry) return failure ? { tenant, status: 'error', error: failure } : { tenant, status: 'loading' };
  const data = withSettings(entry.data, settings);
  try {
    const report = prepareTenant(data.policy, data.snapshot).report({ now: new Date(now).toISOString() });
    const base = { tenant, name: data.policy.name, report, fetchedAt: entry.fetchedAt };
    return failure ? { ...base, status: 'error', error: failure } : { ...base, status: 'ready' };
  } catch (cause) {
    // The reply parsed but does not hold together (e.g. a user on an unknown profile): show it, never a wrong number.
    return { tenant, status: 'error', error: { code: 'invalid-response', message: String(cause) } };
  }
}

export function unconfiguredView(tenant: string): SeatView {
  return { tenant, status: 'unconfigured' };
}
