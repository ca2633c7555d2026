import type { HostAdapter } from '../../hosts/schema';
import { selectorCheck } from '../shared/selector-check';

/**
 * The CSS selector of the element the host adapter names for an inline launcher, or null for the docked one:
 * `body` (the default) docks it, and a selector the page's engine rejects never throws into the page.
 */
export function anchorOf(adapter: HostAdapter | null, doc: Document = document): string | null {
  const anchor = adapter?.panel.anchor.trim();
  if (!anchor || anchor === 'body') return null;
  return selectorCheck(doc)(anchor) ? anchor : null;
}
