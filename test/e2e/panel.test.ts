import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatMoney, type Lang } from '../../lib/i18n';
import type { Level } from '../../lib/rules';
import { type Tenant, useHarness } from './harness';
import { expectText, HOST, launcher, msg, openPanel, panel, pool, ui, waitForPool } from './ui';

// The panel on each sandbox tenant's Users page shows the numbers of seat-api.md's sandbox table.

const h = useHarness();

interface PoolCase {
  id: string;
  usage: string | RegExp;
  level: Level;
  /** Billed units and their monthly cost in EUR cents, for usage-billed pools. */
  billed?: { count: number; perMonth: number };
}

interface TenantCase {
  tenant: Tenant;
  lang: Lang;
  level: Level;
  pools: PoolCase[];
}

const tenants: TenantCase[] = [
  {
    tenant: 'qics-demo',
    lang: 'nl',
    level: 'full',
    pools: [{ id: 'users', usage: '25 van 25', level: 'full' }],
  },
  {
    tenant: 'am-demo',
    lang: 'sv',
    level: 'full',
    pools: [
      { id: 'case', usage: '10 av 12', level: 'near' },
      { id: 'document', usage: '6 av 6', level: 'full' },
    ],
  },
  {
    tenant: 'echo-teams',
    lang: 'de',
    level: 'ok',
    pools: [{ id: 'teams', usage: /: 4, kein Limit/, level: 'ok', billed: { count: 4, perMonth: 4 * 4900 } }],
  },
  {
    tenant: 'echo-members',
    lang: 'de',
    level: 'ok',
    pools: [
      { id: 'members', usage: /: 6, kein Limit/, level: 'ok', billed: { count: 6, perMonth: 6 * 800 } },
    ],
  },
  {
    tenant: 'citizenlab-demo',
    lang: 'nl',
    level: 'full',
    pools: [
      { id: 'admins', usage: '2 van 2', level: 'full' },
      { id: 'managers', usage: '2 van 3', level: 'ok' },
    ],
  },
];

describe('the seat panel on each tenant’s Users page', () => {
  it.each(tenants)('$tenant: numbers, level as text and data age', async ({ tenant, lang, level, pools }) => {
    const { page } = h();
    await page.goto(h().adminUrl(tenant));
    for (const expected of pools) {
      await waitForPool(page, expected.id, expected.usage);
      await expectText(pool(page, expected.id).locator('.sg-level'), msg(lang, `level.${expected.level}`));
      if (expected.billed) {
        const details = pool(page, expected.id).locator('.sg-pool-details');
        // Echometer's own word in German: Lizenzen (002).
        await expectText(
          details,
          msg(lang, 'pool.billed', { count: expected.billed.count, unit: 'Lizenzen' }),
        );
        await expectText(
          details,
          `= ${formatMoney(expected.billed.perMonth, 'EUR', lang)} ${msg(lang, 'per.month')}`,
        );
      }
    }
    await expect.poll(() => panel(page).locator('.sg-pool').count()).toBe(pools.length);
    await expectText(panel(page).locator('header .sg-level'), msg(lang, `level.${level}`));
    await expectText(panel(page).locator('.sg-age'), msg(lang, 'panel.age', { age: '' }).trim());
  });
});

describe('the panel in each vendor’s voice: money and words', () => {
  it.each<[Tenant, string, string]>([
    // 000: billed for the users in the subscription, at their price.
    [
      'qics-demo',
      'users',
      'Gefactureerd: 24 gebruikers × € 15,00 = € 360,00 per maand · Geen ruimte voor meer gebruikers',
    ],
    // 003: the included seats are no charge, and never read as free.
    [
      'citizenlab-demo',
      'admins',
      'Inbegrepen in de licentie, niet apart gefactureerd; een extra seat kost € 950,00 per jaar. · Geen ruimte voor meer seats',
    ],
    ['am-demo', 'document', 'Fakturerat: 6 licenser · Inga lediga licenser'],
  ])('%s %s', async (tenant, id, details) => {
    const { page } = h();
    await page.goto(h().adminUrl(tenant));
    await expectText(pool(page, id).locator('.sg-pool-details'), details);
  });

  it('AM System: its own steps to raise, and no unused-seats offer beside "near the limit"', async () => {
    const { page } = h();
    await page.goto(h().adminUrl('am-demo'));
    await waitForPool(page, 'case', '10 av 12');
    await expectText(panel(page).locator('.sg-raise'), 'Administratör » Avtal » Uppgradera licens');
    const suggestions = (await panel(page).locator('.sg-suggestions').textContent()) ?? '';
    expect(suggestions).not.toContain('används inte');
    expect(suggestions).toContain('Björn Holm');
    const link = panel(page).locator('.sg-suggestions a', { hasText: 'Björn Holm' }).first();
    expect(await link.getAttribute('href')).toBe(h().adminUrl('am-demo', 'users/p12'));
  });
});

interface Boxes {
  header: DOMRect | null;
  main: DOMRect | null;
  scroll: [number, number];
}

/** Where the host page's own content sits. */
function measure(page: Page): Promise<Boxes> {
  return page.evaluate(() => {
    const box = (selector: string) =>
      document.querySelector(selector)?.getBoundingClientRect().toJSON() ?? null;
    const root = document.documentElement;
    return {
      header: box('.page-header'),
      main: box('main.content'),
      scroll: [root.scrollWidth, root.scrollHeight],
    };
  });
}

/** Computed styles of a few panel texts, read inside the (closed) shadow root. */
function panelStyles(page: Page): Promise<string[]> {
  return ui(page).evaluate((root) => {
    return ['.sg-title', '.sg-pool-usage', '.sg-level'].map((selector) => {
      const element = root.querySelector(selector);
      if (!element) return `${selector}: missing`;
      const style = getComputedStyle(element);
      return `${selector}: ${style.color} ${style.fontSize} ${style.fontFamily}`;
    });
  });
}

describe('the panel and the host page leave each other alone', () => {
  it('the shadow host is appended last to <body>, takes no space and keeps its root closed; at rest only the docked launcher shows', async () => {
    const { page } = h();
    await page.goto(h().adminUrl('qics-demo'));
    await waitForPool(page, 'users', '25 van 25');
    const host = await page.locator(HOST).evaluate((element) => ({
      last: element.parentElement === document.body && document.body.lastElementChild === element,
      height: element.getBoundingClientRect().height,
      // Closed: the page gets no handle on our tree (issue 13).
      shadowRoot: element.shadowRoot,
    }));
    expect(host).toEqual({ last: true, height: 0, shadowRoot: null });
    await expect.poll(() => launcher(page).isVisible()).toBe(true);
    expect(await panel(page).isVisible()).toBe(false);
    const dock = ui(page).locator('.sg-dock');
    expect(await dock.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
  });

  it('the page’s layout is the same at rest, with the panel open, collapsed, and hidden', async () => {
    const { page } = h();
    await page.goto(h().adminUrl('qics-demo'));
    await waitForPool(page, 'users', '25 van 25');
    const resting = await measure(page);
    await openPanel(page);
    expect(await measure(page)).toEqual(resting);
    await panel(page).locator('button.sg-toggle').click();
    await expect.poll(() => panel(page).locator('.sg-pool').count()).toBe(0);
    await expectText(panel(page).locator('.sg-summary'), '25/25');
    expect(await measure(page)).toEqual(resting);
    await page.locator(HOST).evaluate((element) => {
      (element as HTMLElement).style.display = 'none';
    });
    expect(await measure(page)).toEqual(resting);
  });

  it('host page styles do not leak into the panel', async () => {
    const { page } = h();
    await page.goto(h().adminUrl('qics-demo'));
    await waitForPool(page, 'users', '25 van 25');
    await openPanel(page);
    const before = await panelStyles(page);
    // A constructed sheet: the page's CSP allows no inline <style>, and a hostile page needs none.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        '* { color: red !important; font-size: 40px !important; font-family: serif !important }',
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).color)).toBe('rgb(255, 0, 0)');
    expect(await panelStyles(page)).toEqual(before);
    expect(before.join()).not.toMatch(/missing|rgb\(255, 0, 0\)|40px/);
  });
});
