import { MatchPattern } from '@webext-core/match-patterns';
import type { HostAdapter } from './schema';

const PORTED = /^([^:]+:\/\/[^/:]+):(\d+)(\/.*)$/;

/** A pattern without its port, for engines whose patterns take none (Firefox, @webext-core/match-patterns). */
export function portless(pattern: string): string {
  const found = PORTED.exec(pattern);
  return found ? `${found[1]}${found[3]}` : pattern;
}

/** A Chrome match pattern's verdict on a URL; a port in the pattern must be the URL's own (exact origins). */
function patternIncludes(pattern: string, url: URL): boolean {
  const port = PORTED.exec(pattern)?.[2];
  const own = url.port || (url.protocol === 'https:' ? '443' : '80');
  return (port === undefined || port === own) && new MatchPattern(portless(pattern)).includes(url.href);
}

/** Whether an adapter runs on a page. */
export function adapterMatches(adapter: HostAdapter, url: string | URL): boolean {
  const page = new URL(url);
  return adapter.matches.some((pattern) => patternIncludes(pattern, page));
}

/** The first adapter, in the given order, that runs on a page. */
export function adapterFor(adapters: readonly HostAdapter[], url: string | URL): HostAdapter | undefined {
  return adapters.find((adapter) => adapterMatches(adapter, url));
}

/** The tenant a page belongs to, or null when the URL does not name one. */
export function tenantOf(adapter: HostAdapter, url: string | URL): string | null {
  if ('fixed' in adapter.tenant) return adapter.tenant.fixed;
  const match = new RegExp(adapter.tenant.path).exec(new URL(url).pathname);
  return match?.groups?.tenant ?? null;
}

/** An adapter's URL template with its `{name}` values filled in, resolved against the page; undefined if no URL. */
function fillHref(template: string, values: Record<string, string>, page: string | URL): string | undefined {
  let href = template;
  for (const [name, value] of Object.entries(values))
    href = href.replaceAll(`{${name}}`, encodeURIComponent(value));
  try {
    return new URL(href, page).href;
  } catch {
    return undefined;
  }
}

/** The vendor's page for raising the limit, resolved against the page it is shown on. */
export function raiseHref(adapter: HostAdapter, tenant: string, page: string | URL): string | undefined {
  return adapter.raise && fillHref(adapter.raise.href, { tenant }, page);
}

/** Where the admin acts on one user or team on the host, resolved against the page; undefined without a template. */
export function actHref(
  adapter: Pick<HostAdapter, 'links'>,
  what: 'user' | 'team',
  tenant: string,
  id: string,
  page: string | URL,
): string | undefined {
  const template = adapter.links?.[what];
  return template && fillHref(template, { tenant, id }, page);
}

/** The adapter and tenant of a page, or null when no adapter knows it or the URL names no tenant. */
export function pageTenant(adapters: readonly HostAdapter[], url: string) {
  const adapter = adapterFor(adapters, url);
  const tenant = adapter && tenantOf(adapter, url);
  return adapter && tenant ? { adapter, tenant } : null;
}
