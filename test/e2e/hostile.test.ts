import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../server/main';
import { TOKENS, useHarness } from './harness';
import { type SeatProxy, startProxy } from './proxy';
import { dialog, dialogButton, expectText, HOST, msg, openPanel, panel, waitForPool } from './ui';

// Issue 13: a page that is not on our side. Each attack must fail to do harm: no panel on a foreign origin,
// no way to silence or skip the guard, no dialog from a synthetic event, no flood of Seat API requests.

const h = useHarness();
const CREATE = 'form#user-create';

/** QicsMilestones at 25/25: a new user with a login is blocked (licensing.md A). */
async function fillCreate(page: Page): Promise<void> {
  await page.goto(h().adminUrl('qics-demo', 'users/new'));
  await page.locator(HOST).waitFor({ state: 'attached' });
  await page.fill(`${CREATE} [name="name"]`, 'Mallory Mens');
  await page.fill(`${CREATE} [name="email"]`, 'mallory@example.nl');
}

/** The guard still answers: the block dialog, and the vendor received nothing. */
async function expectBlocked(page: Page, posts: string[]): Promise<void> {
  await page.locator(`${CREATE} [type="submit"]`).click();
  await expectText(dialog(page).locator('.sg-title'), msg('nl', 'title.limit'));
  await dialogButton(page, msg('nl', 'dialog.back')).click();
  expect(posts).toEqual([]);
  expect((await h().serverPool('qics-demo', 'users')).used).toBe(25);
}

function postsOf(page: Page): string[] {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  return posts;
}

describe('a page on another port of the same host', () => {
  let other: RunningServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'seatguard-other-port-'));
    other = await startServer({ port: 0, dataFile: join(dir, 'other.sqlite'), tokens: TOKENS });
  });
  afterAll(async () => {
    await other?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['users', 'users/new'])('/t/qics-demo/admin/%s gets no panel and no seat data', async (path) => {
    const { page } = h();
    await page.goto(`${other.url}/t/qics-demo/admin/${path}`);
    await page.waitForLoadState('load');
    // The panel would be there by now on the sandbox's own port (a control page below).
    await page.waitForTimeout(1_500);
    expect(await page.locator(HOST).count()).toBe(0);
    await page.goto(h().adminUrl('qics-demo', path));
    await page.locator(HOST).waitFor({ state: 'attached' });
  });
});

describe('the page cannot silence the guard', () => {
  it.each<[string, (page: Page, extensionId: string) => Promise<unknown>]>([
    [
      'WXT’s “a newer content script started” event, forged',
      (page, id) =>
        page.evaluate((name) => {
          const detail = { contentScriptName: 'seats', messageId: 'forged' };
          document.dispatchEvent(new CustomEvent(name, { detail }));
          window.postMessage({ type: name, ...detail }, '*');
        }, `${id}:seats:wxt:content-script-started`),
    ],
    [
      'WXT’s location-change event, forged (the session used to reset and fail open)',
      (page, id) =>
        page.evaluate((name) => {
          for (let i = 0; i < 5; i++) window.dispatchEvent(new Event(name));
        }, `${id}:seats:wxt:locationchange`),
    ],
    [
      'a capture listener of its own on the window that stops every submit',
      (page) =>
        page.evaluate(() => {
          window.addEventListener('submit', (event) => event.stopImmediatePropagation(), { capture: true });
          document.addEventListener('submit', (event) => event.stopImmediatePropagation(), { capture: true });
        }),
    ],
  ])('%s: at 25/25 the create is still blocked', async (_name, attack) => {
    const { page, ext } = h();
    const posts = postsOf(page);
    await fillCreate(page);
    await attack(page, ext.extensionId);
    await page.waitForTimeout(300);
    await expectBlocked(page, posts);
  });

  it('a synthetic submit event opens no dialog and submits nothing', async () => {
    const { page } = h();
    const posts = postsOf(page);
    await fillCreate(page);
    await page.evaluate((form) => {
      const element = document.querySelector(form) as HTMLFormElement;
      element.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
      element.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    }, CREATE);
    await page.waitForTimeout(500);
    expect(await dialog(page).count()).toBe(0);
    expect(posts).toEqual([]);
    // And the guard is still there for the admin's own click.
    await expectBlocked(page, posts);
  });
});

describe('the page cannot flood the Seat API', () => {
  let proxy: SeatProxy;
  beforeAll(async () => {
    proxy = await startProxy(h().base);
  });
  afterAll(async () => {
    await proxy?.close();
  });

  it('a script clicking Refresh 200 times in 5 s costs at most one request per 10 s', async () => {
    await h().connect({ 'qics-demo': { baseUrl: `${proxy.url}/` } });
    const { page } = h();
    await page.goto(h().adminUrl('qics-demo'));
    await openPanel(page);
    await waitForPool(page, 'users', '25 van 25');
    proxy.seatRequests.clear();
    const refresh = panel(page).locator('button', { hasText: msg('nl', 'panel.refresh') });
    await refresh.evaluate(async (button) => {
      for (let i = 0; i < 200; i++) {
        (button as HTMLButtonElement).click();
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    });
    await page.waitForTimeout(500);
    expect(proxy.seatRequests.get('qics-demo') ?? 0).toBeLessThanOrEqual(1);
  });
});
