import * as z from 'zod/mini';
import { TenantId } from '../../api/schemas';
import { type HostAdapter, pageTenant } from '../../hosts';
import { lookupOf } from '../shared/agent-lookup';

/** What the popup shows first: a search (context menu, `?q=`), or the tenant of the admin page in the tab. */
export type FirstLookup = { kind: 'search'; q: string } | { kind: 'tenant'; tenant: string; adapter: string };

export interface StartDeps {
  /** The page's `q` parameter: set when the context menu opened the popup page in a tab. */
  query: string | null;
  /** Reads and clears the context menu's pending selection. */
  pending(): Promise<string | null>;
  /** The active tab's URL; the browser gives it only for hosts the extension may access. */
  tabUrl(): Promise<string | undefined>;
  adapters(): Promise<readonly HostAdapter[]>;
}

/** The tenant of a known host's admin page, or null for any other page. */
export function tabTenant(adapters: readonly HostAdapter[], url: string | undefined): FirstLookup | null {
  const page = url && URL.canParse(url) ? pageTenant(adapters, url) : null;
  if (!page || !z.safeParse(TenantId, page.tenant).success) return null;
  return { kind: 'tenant', tenant: page.tenant, adapter: page.adapter.id };
}

/** The selection or `q` first (the pending one is cleared either way), else the current tab's tenant. */
export async function firstLookup(deps: StartDeps): Promise<FirstLookup | null> {
  const pending = await deps.pending();
  const q = lookupOf(deps.query) ?? pending;
  if (q) return { kind: 'search', q };
  const [url, adapters] = await Promise.all([deps.tabUrl(), deps.adapters()]);
  return tabTenant(adapters, url);
}
