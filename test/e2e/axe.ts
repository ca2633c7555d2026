import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

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
