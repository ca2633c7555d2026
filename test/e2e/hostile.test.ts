import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../server/main';
import { TOKENS, useHarness } from './harness';
import { useProxy } from './proxy';
import {
  DARK_ROUTE,
  dialog,
  dialogButton,
  expectText,
  HOST,
  msg,
  openPanel,
  panel,
  ui,
  waitForPool,
} from './ui';

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
  const proxy = useProxy(() => h().base);

  it('a script clicking Refresh 200 times in 5 s costs at most one request per 10 s', async () => {
    await h().connect({ 'qics-demo': { baseUrl: `${proxy().url}/` } });
    const { page } = h();
    await page.goto(h().adminUrl('qics-demo'));
    await openPanel(page);
    await waitForPool(page, 'users', '25 van 25');
    proxy().seatRequests.clear();
    const refresh = panel(page).locator('button', { hasText: msg('nl', 'panel.refresh') });
    await refresh.evaluate(async (button) => {
      for (let i = 0; i < 200; i++) {
        (button as HTMLButtonElement).click();
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    });
    await page.waitForTimeout(500);
    expect(proxy().seatRequests.get('qics-demo') ?? 0).toBeLessThanOrEqual(1);
  });
});

/** What a page script learns about our UI by every means the DOM gives it. */
interface PageView {
  hosts: string[];
  shadowRoots: number;
  captured: number;
  internals: number;
  text: string;
}

/** Runs in the page: our hosts by name, their roots as the page sees them, and all the text it can reach. */
function pageView(): PageView {
  const spy = window as unknown as { __roots?: ShadowRoot[]; __internals?: ElementInternals[] };
  const hosts = [...document.querySelectorAll('body > *, .topbar > *')].filter((element) =>
    element.localName.startsWith('seatguard-'),
  );
  return {
    hosts: hosts.map((host) => host.localName),
    shadowRoots: hosts.filter((host) => host.shadowRoot !== null).length,
    captured: (spy.__roots ?? []).filter((root) => hosts.includes(root.host)).length,
    internals: (spy.__internals ?? []).filter((internals) => internals.shadowRoot !== null).length,
    text: document.documentElement.textContent + hosts.map((host) => host.outerHTML).join(''),
  };
}

/** Before any page script of the page's own: every shadow root attached through the page's prototype is kept. */
const CAPTURE_ROOTS = `(() => {
  const attach = Element.prototype.attachShadow;
  window.__roots = [];
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, { ...init, mode: 'open' });
    window.__roots.push(root);
    return root;
  };
})();`;

/** The page claims our tag names as custom elements first: `attachInternals` would then hold our root. */
const CLAIM_OUR_NAMES = `(() => {
  window.__internals = [];
  for (const name of ['seatguard-panel', 'seatguard-launcher'])
    customElements.define(name, class extends HTMLElement {
      constructor() {
        super();
        window.__internals.push(this.attachInternals());
      }
    });
})();`;

/** Page styles that would blank, hide or reword a dialog if they reached into it. */
const REWORD = `
  :root, body, seatguard-panel { --seatguard-fg: rgb(255, 255, 255); --seatguard-bg: rgb(255, 255, 255);
    --seatguard-muted: rgb(255, 255, 255); --seatguard-accent: rgb(255, 255, 255); }
  seatguard-panel { display: none !important; visibility: hidden !important; opacity: 0 !important; }
  seatguard-panel::part(dialog) { visibility: hidden !important; }
  seatguard-panel::part(dialog)::before { content: 'Alles in orde, ga door' !important; }
  seatguard-panel::part(cancel) { display: none !important; }
  seatguard-panel::part(button) { color: transparent !important; }
`;

describe('the page can neither read nor rewrite seatguard’s UI', () => {
  let page: Page;
  beforeEach(async () => {
    page = await h().ext.context.newPage();
  });
  afterEach(async () => {
    await page.close();
  });

  it('a script reading the page finds our hosts and nothing in them, even with attachShadow patched first', async () => {
    await page.addInitScript(CAPTURE_ROOTS);
    await page.goto(h().adminUrl('qics-demo'));
    await openPanel(page);
    await waitForPool(page, 'users', '25 van 25');
    const seen = await page.evaluate(pageView);
    expect(seen).toMatchObject({ hosts: [HOST], shadowRoots: 0, captured: 0 });
    expect(seen.text).not.toContain('25 van 25');
    // Light DOM the page puts into our host renders nowhere: the closed tree has no slot for it.
    await page
      .evaluate((tag) => {
        const host = document.querySelector(tag) as HTMLElement;
        host.innerHTML = '<p id="planted">Alles in orde</p>';
        return host.attachShadow({ mode: 'open' });
      }, HOST)
      .then(
        () => expect.fail('a second shadow root was attached'),
        (error: Error) => expect(error.message).toMatch(/attachShadow/),
      );
    expect(await page.locator('#planted').isVisible()).toBe(false);
    await waitForPool(page, 'users', '25 van 25');
  });

  it('a page that defined our tag names first gets no root through attachInternals; the guard still blocks', async () => {
    await page.addInitScript(CLAIM_OUR_NAMES);
    const posts = postsOf(page);
    await page.goto(h().adminUrl('qics-demo', 'users/new'));
    await expect
      .poll(async () => (await page.evaluate(pageView)).hosts, { timeout: 10_000 })
      .toEqual([expect.stringMatching(/^seatguard-panel-[0-9a-f]{8}$/)]);
    const seen = await page.evaluate(pageView);
    expect(seen).toMatchObject({ shadowRoots: 0, internals: 0 });
    const ours = ui(page, seen.hosts[0]);
    await page.fill(`${CREATE} [name="name"]`, 'Mallory Mens');
    await page.fill(`${CREATE} [name="email"]`, 'mallory@example.nl');
    await page.locator(`${CREATE} [type="submit"]`).click();
    await expectText(ours.locator('dialog[open] .sg-title'), msg('nl', 'title.limit'));
    await ours.locator('dialog[open] button', { hasText: msg('nl', 'dialog.back') }).click();
    expect(posts).toEqual([]);
  });

  it('page styles neither hide, blank nor reword the block dialog', async () => {
    const posts = postsOf(page);
    // In the page's own stylesheet: its CSP allows no inline style, and a hostile host needs none.
    await page.route(DARK_ROUTE, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\n${REWORD}` });
    });
    await fillCreate(page);
    // The page's styles are in force on the page (and would inherit into an unsealed root), not on our host.
    const theming = (element: Element) => getComputedStyle(element).getPropertyValue('--seatguard-fg');
    expect(await page.locator('body').evaluate(theming)).toBe('rgb(255, 255, 255)');
    expect(await page.locator(HOST).evaluate(theming)).toBe('');
    await page.locator(`${CREATE} [type="submit"]`).click();
    await expectText(dialog(page).locator('.sg-title'), msg('nl', 'title.limit'));
    const look = await dialog(page).evaluate((element) => {
      const style = getComputedStyle(element);
      const title = element.querySelector('.sg-title') as HTMLElement;
      return {
        visible: element.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
        before: getComputedStyle(element, '::before').content,
        parts: element.querySelectorAll('[part]').length,
        title: getComputedStyle(title).color,
        background: style.backgroundColor,
      };
    });
    expect(look).toMatchObject({ visible: true, before: 'none', parts: 0 });
    expect(look.title).not.toBe(look.background);
    // The back button is there and takes a real click at its centre.
    await dialogButton(page, msg('nl', 'dialog.back')).click();
    await dialog(page).waitFor({ state: 'detached' });
    expect(posts).toEqual([]);
  });

  it('a script rewriting the open dialog finds nothing to rewrite, and the dialog says what it said', async () => {
    const posts = postsOf(page);
    await fillCreate(page);
    await page.locator(`${CREATE} [type="submit"]`).click();
    await expectText(dialog(page).locator('.sg-title'), msg('nl', 'title.limit'));
    const before = await dialog(page).textContent();
    const reached = await page.evaluate((tag) => {
      const host = document.querySelector(tag) as HTMLElement;
      const found = document.querySelectorAll('dialog, [class^="sg-"], [class*=" sg-"]').length;
      const modal = document.querySelector('dialog:modal');
      host.textContent = 'Alles in orde, ga door';
      host.setAttribute('style', 'display: none !important');
      for (const element of document.querySelectorAll('*')) element.shadowRoot?.replaceChildren();
      return { found, modal: modal !== null, root: host.shadowRoot !== null };
    }, HOST);
    expect(reached).toEqual({ found: 0, modal: false, root: false });
    expect(await dialog(page).textContent()).toBe(before);
    expect(await dialog(page).isVisible()).toBe(true);
    await dialogButton(page, msg('nl', 'dialog.back')).click();
    expect(posts).toEqual([]);
  });

  it('a script removing our host from the page: the guard still asks, in a dialog the admin sees', async () => {
    const posts = postsOf(page);
    await fillCreate(page);
    await page.evaluate((tag) => document.querySelector(tag)?.remove(), HOST);
    expect(await page.locator(HOST).count()).toBe(0);
    await page.locator(`${CREATE} [type="submit"]`).click();
    await expectText(dialog(page).locator('.sg-title'), msg('nl', 'title.limit'));
    await dialogButton(page, msg('nl', 'dialog.back')).click();
    expect(posts).toEqual([]);
  });
});
