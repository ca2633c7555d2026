import { adapterMatches, type HostAdapter, tenantOf } from '../../../hosts';

/** The adapter's admin page for a tenant, when that page is one the adapter itself runs on for the tenant. */
function adminOf(adapter: HostAdapter, tenant: string, apiBase: string): string | undefined {
  if (!adapter.admin) return undefined;
  try {
    const href = new URL(adapter.admin.href.replaceAll('{tenant}', encodeURIComponent(tenant)), apiBase).href;
    // Matching its own pages keeps a sandbox adapter from answering for another tenant, and the URL http(s).
    return adapterMatches(adapter, href) && tenantOf(adapter, href) === tenant ? href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A tenant's admin page from the first adapter that knows its URL shape, `preferred` (the host the popup
 * opened on) first; relative hrefs resolve against the Seat API base, where the sandbox serves both.
 */
export function adminHref(
  adapters: readonly HostAdapter[],
  tenant: string,
  apiBase: string,
  preferred?: string,
): string | undefined {
  const first = adapters.filter((adapter) => adapter.id === preferred);
  for (const adapter of [...first, ...adapters]) {
    const href = adminOf(adapter, tenant, apiBase);
    if (href) return href;
  }
  return undefined;
}
