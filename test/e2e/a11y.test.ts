import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { axeViolations, uiViolations } from './axe';
import { useHarness } from './harness';
import {
  DARK_ROUTE,
  darkHost,
  dialog,
  expectText,
  HOST,
  launcher,
  openPanel,
  panel,
  submit,
  ui,
  waitForPool,
} from './ui';

// axe-core in real Chromium: the launcher and the panel (light and dark), each dialog kind, and the options page have no
// serious or critical violation; the popup (popup.test.ts) and the widget (widget.test.ts) have their own scans.

const h = useHarness();
/** Serious and critical violations in our UI, scanned inside its closed shadow roots (axe.ts). */
const violations = (page: Page) => uiViolations(page, { seriousOnly: true });

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)('the launcher and the open panel on a %s host page', async (scheme) => {
    const { page } = h();
    // The panel takes the host page's scheme, so the dark palette is scanned on a dark page (a light OS).
    if (scheme === 'dark') await darkHost(page, 'always');
    await page.goto(h().adminUrl('qics-demo', 'users'));
    await waitForPool(page, 'users', '25 van 25');
    await launcher(page).locator('.sg-level').waitFor();
    expect(await violations(page)).toEqual([]);
    await openPanel(page);
    expect(await violations(page)).toEqual([]);
    await page.unroute(DARK_ROUTE);
  });

  it('the launcher showing its mark alone', async () => {
    const { page } = h();
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(h().adminUrl('am-demo', 'users'));
    await waitForPool(page, 'case', '10 av 12');
    // Scrolled so that a name link in every corner leaves room for the mark only (out-of-the-way.test.ts).
    await expect
      .poll(async () => {
        await page.mouse.wheel(0, 40);
        return launcher(page).evaluate((button) => button.classList.contains('sg-launcher--compact'));
      })
      .toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it.each([
    ['block', 'qics-demo', 'users/new', { name: 'Nieuw', email: 'n@example.nl' }, 'De limiet is bereikt'],
    ['warn', 'am-demo', 'users/new', { name: 'Ny', email: 'ny@example.se', profile: 'case' }, 'Nära gränsen'],
  ] as const)('the %s dialog', async (_outcome, tenant, path, fields, title) => {
    const { page } = h();
    await h().reset();
    await page.goto(h().adminUrl(tenant, path));
    await expect.poll(() => panel(page).count()).toBe(1);
    await waitForPool(page, tenant === 'qics-demo' ? 'users' : 'case', /\d/);
    for (const [name, value] of Object.entries(fields)) {
      const field = page.locator(`form#user-create [name="${name}"]`);
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
    }
    await submit(page, 'form#user-create');
    await expectText(dialog(page).locator('.sg-title'), title);
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('the confirm dialog', async () => {
    const { page } = h();
    await h().reset();
    await page.goto(h().adminUrl('citizenlab-demo', 'users/c05'));
    await waitForPool(page, 'admins', '2 van 2');
    await page.selectOption('form#user-edit [name="roles"]', 'admin');
    await submit(page, 'form#user-edit');
    await expectText(dialog(page).locator('.sg-title'), 'Aankoop van 1 extra seat bevestigen');
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('the options page', async () => {
    const page = await h().ext.context.newPage();
    await page.goto(`chrome-extension://${h().ext.extensionId}/options.html`);
    await page.waitForSelector('form');
    expect(await axeViolations(page, { include: 'body', seriousOnly: true })).toEqual([]);
    await page.close();
  });

  it('the scan sees into the closed root: violations planted there are caught, which the page’s world misses', async () => {
    const { page } = h();
    await page.goto(h().adminUrl('qics-demo', 'users'));
    await waitForPool(page, 'users', '25 van 25');
    expect(await violations(page)).toEqual([]);
    // A button without a name (critical) and grey on grey (serious), beside the launcher.
    await ui(page)
      .locator('.sg-dock')
      .evaluate((dock) => {
        const nameless = document.createElement('button');
        const faint = document.createElement('p');
        faint.textContent = 'Gebruikers 25/25';
        faint.style.color = '#777';
        faint.style.background = '#888';
        for (const planted of [nameless, faint]) {
          planted.className = 'sg-planted';
          planted.style.pointerEvents = 'auto';
          dock.append(planted);
        }
      });
    expect(await violations(page)).toEqual(expect.arrayContaining(['button-name (1)', 'color-contrast (1)']));
    // axe from the page's own world stops at the host: a closed root is empty to it.
    expect(await axeViolations(page, { include: HOST, seriousOnly: true })).toEqual([]);
    await ui(page).evaluate((root) => {
      for (const planted of root.querySelectorAll('.sg-planted')) planted.remove();
    });
    expect(await violations(page)).toEqual([]);
  });

  it('a Swedish page (lang="sv") gets a Swedish panel', async () => {
    const { page } = h();
    await page.goto(h().adminUrl('am-demo', 'users'));
    await expect.poll(async () => (await panel(page).getAttribute('lang')) ?? '').toBe('sv');
    await expectText(panel(page), t('panel.refresh', {}, 'sv'));
  });
});
