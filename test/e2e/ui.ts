import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type Lang, type MessageKey, type Params, t } from '../../lib/i18n';

// Reaching into the injected UI: playwright's CSS locators pierce the open shadow root of <seatguard-panel>.

export const HOST = 'seatguard-panel';

export const panel = (page: Page): Locator => page.locator(`${HOST} section.sg-panel`);
/** The panel at rest: the docked launcher (an adapter's anchor puts it in <seatguard-launcher> instead). */
export const launcher = (page: Page): Locator => page.locator(`${HOST} button.sg-launcher`);
/** The open panel's overlay: the sheet around the panel, with its close button. */
export const sheet = (page: Page): Locator => page.locator(`${HOST} .sg-sheet`);
export const pool = (page: Page, id: string): Locator => page.locator(`${HOST} [data-pool="${id}"]`);
/** The guard's native <dialog>, while open. */
export const dialog = (page: Page): Locator => page.locator(`${HOST} dialog[open]`);
export const note = (page: Page): Locator => page.locator(`${HOST} .sg-note`);
export const statusMessage = (page: Page): Locator => page.locator(`${HOST} .sg-status .sg-message`);

/** A message as the panel renders it in the page's language. */
export const msg = (lang: Lang, key: MessageKey, params: Params = {}) => t(key, params, lang);

/** Polls until the locator's text matches: the panel renders asynchronously after the page loaded. */
export async function expectText(
  locator: Locator,
  expected: string | RegExp,
  timeout = 10_000,
): Promise<void> {
  await locator.first().waitFor({ state: 'attached', timeout });
  await expect
    .poll(async () => squash((await locator.first().textContent({ timeout })) ?? ''), { timeout })
    .toMatch(expected instanceof RegExp ? expected : new RegExp(escapeRegExp(squash(expected))));
}

/** Intl output holds no-break and narrow spaces; compare texts with plain single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Waits for the panel to show a pool's data. */
export async function waitForPool(page: Page, id: string, usage: string | RegExp): Promise<void> {
  await expectText(pool(page, id).locator('.sg-pool-usage'), usage);
}

/** Submits a form with its own submit button, as the admin would. */
export async function submit(page: Page, form: string): Promise<void> {
  await page.locator(`${form} [type="submit"]`).first().click();
}

/** The dialog's button with this text, e.g. the message of `dialog.continue`. */
export const dialogButton = (page: Page, text: string): Locator =>
  dialog(page).locator('button', { hasText: text });

/** Values of a form's named fields as the admin left them: text, checked state, selected value. */
export function formValues(page: Page, form: string): Promise<Record<string, string | boolean>> {
  return page.locator(form).evaluate((element) => {
    const out: Record<string, string | boolean> = {};
    for (const field of (element as HTMLFormElement).elements) {
      if (field instanceof HTMLInputElement && field.type === 'hidden') continue;
      if (field instanceof HTMLInputElement && field.type === 'checkbox') out[field.name] = field.checked;
      else if (
        field instanceof HTMLInputElement ||
        field instanceof HTMLSelectElement ||
        field instanceof HTMLTextAreaElement
      )
        out[field.name] = field.value;
    }
    return out;
  });
}

/**
 * Submits a form into a new tab, so the page that submitted stays up to be looked at (the guard's notes
 * live there; a page with a navigation pending answers no evaluation). Returns the tab with the vendor's answer.
 */
export async function submitToNewTab(page: Page, form: string): Promise<Page> {
  await page.locator(form).evaluate((element) => {
    (element as HTMLFormElement).target = '_blank';
  });
  const [answer] = await Promise.all([page.waitForEvent('popup'), submit(page, form)]);
  await answer.waitForLoadState();
  return answer;
}

/** Opens the panel from its launcher, as the admin does to reach Refresh or the suggestions. */
export async function openPanel(page: Page): Promise<void> {
  await launcher(page).click();
  await sheet(page).waitFor({ state: 'visible' });
}

/** The sandbox admin sites' one stylesheet. */
export const DARK_ROUTE = '**/assets/admin.css';

/**
 * The sandbox's stylesheet with a dark look, always or while <html> has the class "dark"; `page.unroute` of
 * `DARK_ROUTE` ends it.
 */
export async function darkHost(page: Page, when: 'always' | 'class'): Promise<void> {
  const scope = when === 'always' ? '' : 'html.dark ';
  await page.route(DARK_ROUTE, async (route) => {
    const response = await route.fetch();
    const css = `${await response.text()}\n${scope}body { background: #121416; color: #e6e6e6; }`;
    // Not kept in the HTTP cache, which the next page without the route would read.
    await route.fulfill({
      response,
      body: css,
      headers: { ...response.headers(), 'cache-control': 'no-store' },
    });
  });
}
