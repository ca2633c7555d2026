import type { Handler } from 'hono';
import * as z from 'zod/mini';
import { TenantSearchQuery, type TenantSummary } from '../../lib/api/schemas';
import { englishErrors } from '../../lib/rules/errors';
import { currentFacts } from '../db/current-facts';
import { listTenants, type TenantRow } from '../db/tenants';
import type { Deps } from '../deps';
import type { ApiEnv } from './auth';
import { problem } from './problem';

function summaryOf({ db, now }: Deps, tenant: TenantRow): TenantSummary[] {
  const current = currentFacts(db, tenant.id);
  if (!current) return [];
  const report = current.prepared.report({ now: now().toISOString() });
  const pools = report.pools.map(({ id, label, used, limit }) => ({ id, label, used, limit }));
  return [{ id: tenant.id, name: tenant.name, level: report.level, pools }];
}

/** GET /v1/tenants?q=&limit= → tenants whose id or name contains q, for support agents (seat-api.md). */
export function search(deps: Deps): Handler<ApiEnv> {
  return (c) => {
    const parsed = z.safeParse(TenantSearchQuery, c.req.query(), { error: englishErrors });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return problem(400, `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`);
    }
    const text = parsed.data.q.trim().toLowerCase();
    const found = listTenants(deps.db).filter(
      (t) => t.id.toLowerCase().includes(text) || t.name.toLowerCase().includes(text),
    );
    return c.json({ tenants: found.slice(0, parsed.data.limit).flatMap((t) => summaryOf(deps, t)) });
  };
}
