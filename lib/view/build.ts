import type { PreparedTenant, Report } from '../rules';
import type { SeatView, ViewError } from './schema';
import type { ViewNote } from './words';

/** Most people or teams a suggestion carries into a view: the panel names three and counts the rest. */
export const VIEW_ITEMS = 10;

export interface ViewInput {
  tenant: string;
  /** The prepared facts and when the Seat API gave them; absent while loading or after a first failure. */
  facts?: { prepared: PreparedTenant; fetchedAt: number } | undefined;
  /** The last failure; with facts, they are shown as out of date. */
  error?: ViewError | undefined;
  note?: ViewNote | undefined;
  /** Epoch ms: the report's `now`. */
  now: number;
}

/** The report as a panel shows it: suggestions keep their counts but carry only their first few names. */
function shown(report: Report): Report {
  const suggestions = report.suggestions.map((s) =>
    s.ids.length > VIEW_ITEMS
      ? { ...s, ids: s.ids.slice(0, VIEW_ITEMS), items: s.items.slice(0, VIEW_ITEMS) }
      : s,
  );
  return { ...report, suggestions };
}

/**
 * What a seat panel renders, from prepared facts: the one view builder of the extension's background and the
 * widget (architecture.md, data path). Small at any tenant size: pools, levels and a few names.
 */
export function buildView({ tenant, facts, error, note, now }: ViewInput): SeatView {
  const extra = note ? { note } : {};
  if (!facts)
    return error ? { tenant, status: 'error', error, ...extra } : { tenant, status: 'loading', ...extra };
  const { policy } = facts.prepared;
  const report = shown(facts.prepared.report({ now: new Date(now).toISOString() }));
  const prices = Object.fromEntries(
    policy.pools.flatMap((pool) =>
      pool.price ? [[pool.id, { ...pool.price, currency: policy.currency }]] : [],
    ),
  );
  const base = { tenant, name: policy.name, report, prices, fetchedAt: facts.fetchedAt, ...extra };
  return error ? { ...base, status: 'error', error } : { ...base, status: 'ready' };
}
