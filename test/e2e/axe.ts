import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { HOST, LAUNCHER_HOST } from './ui';
import { callInWorld, inWorld, type WorldChrome } from './world';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeScan {
  /** CSS selector of what to check (shadow roots included); the whole page by default. */
  include?: string;
  /** Only serious and critical violations; every violation by default. */
  seriousOnly?: boolean;
}

/** axe-core's violations in real Chromium, as "rule (nodes)"; an empty list means none. */
export async function axeViolations(
  page: Page,
  { include, seriousOnly = false }: AxeScan = {},
): Promise<string[]> {
  // Evaluated over CDP, which neither the host page's nor the extension page's CSP governs.
  await page.evaluate(axeSource);
  return page.evaluate(
    async ({ include, seriousOnly }) => {
      const { axe } = globalThis as unknown as {
        axe: {
          run(context: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
        };
      };
      const { violations } = await axe.run(include ? { include: [include] } : document);
      return violations
        .filter((v) => !seriousOnly || v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.nodes.length})`);
    },
    { include, seriousOnly },
  );
}

/**
 * axe-core inside our closed shadow roots, in the content script's isolated world (world.ts), where
 * `chrome.dom.openOrClosedShadowRoot` hands them out: the roots' own elements are the context. axe walks shadow
 * trees through `element.shadowRoot`, null for a closed root even there; for the scan alone, that world's
 * getter (not the page's: each world has its own prototypes) answers with chrome.dom's.
 */
export async function uiViolations(
  page: Page,
  { hosts = [HOST, LAUNCHER_HOST], seriousOnly = false }: { hosts?: string[]; seriousOnly?: boolean } = {},
): Promise<string[]> {
  // Injected once per world, over CDP, which no CSP governs.
  if (!(await inWorld<boolean>(page, `typeof axe === 'object'`))) await inWorld(page, `${axeSource}; 0`);
  return callInWorld(
    page,
    async (selectors: string[], serious: boolean) => {
      const { dom } = (globalThis as unknown as WorldChrome).chrome;
      const { axe } = globalThis as unknown as {
        axe: {
          run(context: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
        };
      };
      const roots = selectors
        .flatMap((selector) => [...document.querySelectorAll<HTMLElement>(selector)])
        .map((host) => dom.openOrClosedShadowRoot(host))
        .filter((root): root is ShadowRoot => root !== null);
      if (roots.length === 0) throw new Error(`no shadow root of ${selectors.join(', ')} to scan`);
      const own = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
      Object.defineProperty(Element.prototype, 'shadowRoot', {
        configurable: true,
        get(this: Element) {
          return this instanceof HTMLElement ? dom.openOrClosedShadowRoot(this) : own?.get?.call(this);
        },
      });
      try {
        const include = roots.flatMap((root) => [...root.children]);
        const { violations } = await axe.run({ include });
        return violations
          .filter((v) => !serious || v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.nodes.length})`);
      } finally {
        if (own) Object.defineProperty(Element.prototype, 'shadowRoot', own);
      }
    },
    hosts,
    seriousOnly,
  );
}
