import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import type { Level } from '../../lib/rules';
import { type RunningServer, startServer } from '../../server/main';
import { type CountingProxy, startCountingProxy } from '../widget/counting-proxy';
import { axeViolations } from './axe';
import { chromiumPath } from './browser';

// <seat-usage> in real Chromium on the sandbox partner portal (strict CSP), through a proxy that counts
// requests at the server's door and can take the Seat API down.

const TENANTS = ['qics-demo', 'am-demo', 'echo-teams', 'echo-members', 'citizenlab-demo'] as const;
type Tenant = (typeof TENANTS)[number];
const TOKENS = {
  agent: 'e2e-widget-agent',
  tenants: Object.fromEntries(TENANTS.map((id) => [id, `e2e-widget-${id}`])) as Record<Tenant, string>,
};

interface Trace {
  violations: string[];
  consoleErrors: string[];
}

let dir: string;
let server: RunningServer;
let proxy: CountingProxy;
let browser: Browser;
let context: BrowserContext;
// The server's clock runs this far ahead, to let minted tokens expire.
let skewMs = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'seatguard-widget-e2e-'));
  const now = () => new Date(Date.now() + skewMs);
  // The proxy keeps the browser's Host, so the server must know the proxy's origin as one of its own.
  proxy = await startCountingProxy(() => server.url);
  const publicOrigins = [proxy.url];
  server = await startServer({
    port: 0,
    dataFile: join(dir, 'sandbox.sqlite'),
    tokens: TOKENS,
    now,
    publicOrigins,
  });
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
  context = await browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await proxy?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A new page that records CSP violations from its very start, and console errors. */
async function tracedPage(): Promise<{ page: Page; trace: Trace }> {
  const page = await context.newPage();
  const trace: Trace = { violations: [], consoleErrors: [] };
  await page.exposeFunction('reportViolation', (text: string) => trace.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation(text: string): void }).reportViolation;
      report(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') trace.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => trace.consoleErrors.push(error.message));
  return { page, trace };
}

/** The portal, with every widget showing its pools or an error. */
async function openPortal(page: Page, query = ''): Promise<void> {
  await page.goto(`${proxy.url}/partner${query}`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('seat-usage')].every((el) =>
      el.shadowRoot?.querySelector('[data-pool], .sg-message--error'),
    ),
  );
}

const card = (tenant: Tenant) => `article[data-tenant="${tenant}"] seat-usage`;
const seatRequests = (tenant: Tenant) => proxy.count('GET', `/v1/tenants/${tenant}/seats`);

async function shadowText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) => el.shadowRoot?.textContent ?? '');
}

/** Adds <seat-usage> elements to the portal's page, as a portal's own script would. */
async function addWidgets(page: Page, count: number, attributes: Record<string, string>): Promise<void> {
  await page.evaluate(
    ({ count, attributes }) => {
      const box = document.createElement('section');
      box.id = 'added';
      for (let i = 0; i < count; i++) {
        const el = document.createElement('seat-usage');
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        box.append(el);
      }
      document.querySelector('main')?.append(box);
    },
    { count, attributes },
  );
}

describe('the partner portal (strict CSP)', () => {
  let page: Page;
  let trace: Trace;

  beforeAll(async () => {
    ({ page, trace } = await tracedPage());
    await openPortal(page);
  });

  const numbers: [Tenant, string, number, number | null, Level, number][] = [
    ['qics-demo', 'users', 25, 25, 'full', 24],
    ['am-demo', 'case', 10, 12, 'near', 12],
    ['am-demo', 'document', 6, 6, 'full', 6],
    ['echo-teams', 'teams', 4, null, 'ok', 4],
    ['echo-members', 'members', 6, null, 'ok', 6],
    ['citizenlab-demo', 'admins', 2, 2, 'full', 0],
    ['citizenlab-demo', 'managers', 2, 3, 'ok', 0],
  ];
  it.each(numbers)(
    '%s %s: %d used of %s, %s, %d billed (seat-api.md)',
    async (tenant, pool, used, limit, level, billed) => {
      const root = page.locator(`${card(tenant)} [data-pool="${pool}"]`);
      expect(await root.locator('.sg-level').textContent()).toBe(t(`level.${level}`));
      const usage = (await root.locator('.sg-pool-usage').textContent()) ?? '';
      expect(usage).toContain(limit === null ? `${used}, no limit` : `${used} of ${limit}`);
      const details = (await root.locator('.sg-pool-details').textContent()) ?? '';
      // The widget speaks seatguard's neutral words; included seats never read as "Billed: 0".
      if (billed === 0) expect(details).toContain('Included in the licence, not billed separately');
      else expect(details).toContain(`Billed: ${billed} seats`);
    },
  );

  it('leaves no CSP violation and no console error', () => {
    expect(trace.violations).toEqual([]);
    expect(trace.consoleErrors).toEqual([]);
  });

  it('adds exactly one global, window.SeatGuard', async () => {
    const plain = await context.newPage();
    await plain.goto(`${proxy.url}/`);
    // The sandbox index: same origin, no script; reportViolation is this test's own hook.
    const known = [...(await plain.evaluate(() => Object.keys(window))), 'reportViolation'];
    await plain.close();
    const added = await page.evaluate(
      (known) => Object.keys(window).filter((key) => !known.includes(key)),
      known,
    );
    expect(added).toEqual(['SeatGuard']);
    expect(
      await page.evaluate(() => Object.keys((window as unknown as { SeatGuard: object }).SeatGuard).sort()),
    ).toEqual(['SeatUsageElement', 'defineSeatUsage', 'version']);
  });

  it("keeps the portal's styles out of the widget and its own styles in", async () => {
    const inWidget = page.locator(`${card('qics-demo')} [part~="refresh"]`);
    expect(await inWidget.evaluate((el) => getComputedStyle(el).textTransform)).toBe('none');
    expect(await page.locator('#clear-events').evaluate((el) => getComputedStyle(el).textTransform)).toBe(
      'uppercase',
    );
  });

  it('answers "what if" with the rules verdict, and sends nothing', async () => {
    const before = proxy.count('GET', '/v1/tenants/qics-demo/seats');
    const input = page.locator(`${card('qics-demo')} [part~="what-if"] input`);
    await input.fill('1');
    const verdict = page.locator(`${card('qics-demo')} [part~="verdict"]`);
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain(t('title.limit'));
    expect(await verdict.textContent()).toContain('Gebruikers: 26 of 25 after this change, over the limit.');
    await page.locator(`${card('citizenlab-demo')} [data-pool="admins"] input`).fill('1');
    const confirm = (await page.locator(`${card('citizenlab-demo')} [part~="verdict"]`).textContent()) ?? '';
    expect(confirm).toContain('Confirm the purchase of 1 extra seat');
    // What is due now and for which dates, then the full price: never "per year" of the one-off.
    expect(confirm).toMatch(/Admins: €[\d.,]+ now, .* – Mar 31, 2027; then €950\.00 per year/);
    expect(proxy.count('GET', '/v1/tenants/qics-demo/seats')).toBe(before);
    expect(trace.violations).toEqual([]);
  });

  it('three widgets of one tenant cost one request at the server', async () => {
    const before = seatRequests('echo-teams');
    await addWidgets(page, 3, { tenant: 'echo-teams', api: proxy.url, token: TOKENS.tenants['echo-teams'] });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#added seat-usage')].every((el) =>
        el.shadowRoot?.querySelector('[data-pool]'),
      ),
    );
    expect(seatRequests('echo-teams') - before).toBe(1);
    await page.evaluate(() => document.getElementById('added')?.remove());
  });

  it('switches language with the lang attribute, without asking again', async () => {
    const before = seatRequests('qics-demo');
    await page.locator(card('qics-demo')).evaluate((el) => el.setAttribute('lang', 'nl'));
    const title = t('panel.title', { name: 'Bureau Jansen' }, 'nl');
    await page.waitForFunction(
      ([selector, text]) => document.querySelector(selector)?.shadowRoot?.textContent?.includes(text),
      [card('qics-demo'), title] as const,
    );
    expect(await shadowText(page, card('qics-demo'))).toContain(t('level.full', {}, 'nl'));
    expect(seatRequests('qics-demo')).toBe(before);
  });
});

describe('accessibility', () => {
  // Every widget with its pools, and a what-if verdict open, in both colour schemes.
  it.each(['light', 'dark'] as const)('the five widgets have no axe violation in %s mode', async (scheme) => {
    const { page } = await tracedPage();
    await page.emulateMedia({ colorScheme: scheme });
    await openPortal(page);
    await page.locator(`${card('am-demo')} [data-pool="case"] input`).fill('3');
    await page.locator(`${card('am-demo')} [part~="verdict"]`).waitFor();
    expect(await axeViolations(page, { include: 'seat-usage' })).toEqual([]);
    await page.close();
  });
});

describe('the trace itself', () => {
  it('does catch a violation (control): an inline script added at runtime', async () => {
    const { page, trace } = await tracedPage();
    await openPortal(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'void 0';
      document.head.append(script);
    });
    await expect.poll(() => trace.violations).toEqual([expect.stringContaining('script-src')]);
    await page.close();
  });
});

describe('the portal in Dutch', () => {
  it('?lang=nl gives every widget Dutch text', async () => {
    const { page } = await tracedPage();
    await openPortal(page, '?lang=nl');
    for (const tenant of TENANTS) {
      expect(await shadowText(page, card(tenant))).toContain(t('panel.refresh', {}, 'nl'));
    }
    expect(await shadowText(page, card('am-demo'))).toContain(t('level.near', {}, 'nl'));
    await page.close();
  });
});

describe('failures stay inside the widget', () => {
  it('a bad token shows a clear error and fires seatusage:error', async () => {
    const { page } = await tracedPage();
    await openPortal(page);
    const event = page.evaluate(
      () =>
        new Promise<unknown>((resolve) =>
          document.addEventListener('seatusage:error', (e) => resolve((e as CustomEvent).detail), {
            once: true,
          }),
        ),
    );
    await addWidgets(page, 1, { tenant: 'qics-demo', api: proxy.url, token: 'not-the-right-token' });
    expect(await event).toEqual({ code: 'unauthorized', message: expect.stringContaining('401') });
    const text = await shadowText(page, '#added seat-usage');
    expect(text).toContain(t('error.widget-token'));
    await page.close();
  });

  it('with the Seat API down, the widgets say so and the rest of the page works', async () => {
    const { page, trace } = await tracedPage();
    proxy.apiDown = true;
    try {
      await openPortal(page);
      for (const tenant of TENANTS)
        expect(await shadowText(page, card(tenant))).toContain(t('error.network'));
      await page.waitForFunction(() =>
        document.querySelector('#events')?.textContent?.includes('seatusage:error'),
      );
      await page.locator('#clear-events').click();
      expect(await page.locator('#events li').count()).toBe(0);
      expect(await page.locator('h1').textContent()).toBe('Partner portal');
      expect(trace.violations).toEqual([]);
    } finally {
      proxy.apiDown = false;
      await page.close();
    }
  });
});

describe('errors a portal developer can act on', () => {
  /** Adds one widget, and resolves with the first seatusage:error it fires. */
  async function firstError(page: Page, attributes: Record<string, string>): Promise<unknown> {
    const event = page.evaluate(
      () =>
        new Promise<unknown>((resolve) =>
          document.addEventListener('seatusage:error', (e) => resolve((e as CustomEvent).detail), {
            once: true,
          }),
        ),
    );
    await addWidgets(page, 1, attributes);
    return event;
  }

  const added = '#added seat-usage';
  const hasRefresh = (page: Page) =>
    page.locator(added).evaluate((el) => el.shadowRoot?.querySelector('[part~="refresh"]') !== null);
  const detail = (page: Page) =>
    page.locator(added).evaluate((el) => el.shadowRoot?.querySelector('[part~="detail"]')?.textContent ?? '');

  it('an unknown tenant (403 for this token) is a set-up problem, not a token one: no Refresh', async () => {
    const { page, trace } = await tracedPage();
    await openPortal(page);
    const error = await firstError(page, {
      tenant: 'nope',
      api: proxy.url,
      token: TOKENS.tenants['qics-demo'],
    });
    expect(error).toEqual({
      code: 'forbidden',
      message: expect.stringContaining('/v1/tenants/nope/seats → 403'),
    });
    const text = await shadowText(page, added);
    expect(text).toContain(t('error.widget-setup'));
    expect(text).not.toContain(t('error.widget-token'));
    expect(await detail(page)).toContain('403');
    expect(await hasRefresh(page)).toBe(false);
    // Chromium itself logs the 403 response; the widget writes nothing to the console.
    expect(trace.consoleErrors.filter((line) => !line.startsWith('Failed to load resource'))).toEqual([]);
    await page.close();
  });

  it('a tenant id that is no id is a bad attribute, and nothing is asked of the Seat API', async () => {
    const { page } = await tracedPage();
    await openPortal(page);
    const before = proxy.count('GET', '/v1/tenants/Not%20A%20Tenant/seats');
    const error = await firstError(page, { tenant: 'Not A Tenant', api: proxy.url, token: 'x' });
    expect(error).toEqual({
      code: 'attributes',
      message: expect.stringContaining('tenant: expected a tenant id'),
    });
    expect(await hasRefresh(page)).toBe(false);
    expect(proxy.count('GET', '/v1/tenants/Not%20A%20Tenant/seats')).toBe(before);
    await page.close();
  });

  it('a bad token (401) keeps Refresh: a new token may pass', async () => {
    const { page } = await tracedPage();
    await openPortal(page);
    const error = await firstError(page, { tenant: 'qics-demo', api: proxy.url, token: 'expired-or-wrong' });
    expect(error).toEqual({ code: 'unauthorized', message: expect.stringContaining('401') });
    expect(await shadowText(page, added)).toContain(t('error.widget-token'));
    expect(await hasRefresh(page)).toBe(true);
    await page.close();
  });

  it('a bad variant falls back to full and says what it ignored, without a console message', async () => {
    const { page, trace } = await tracedPage();
    await openPortal(page);
    const token = TOKENS.tenants['echo-teams'];
    const error = await firstError(page, { tenant: 'echo-teams', api: proxy.url, token, variant: 'huge' });
    expect(error).toEqual({ code: 'attribute-ignored', message: expect.stringContaining('variant="huge"') });
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.shadowRoot?.querySelector('[data-pool]'),
      added,
    );
    expect(await shadowText(page, added)).toContain(t('level.ok'));
    expect(trace.consoleErrors).toEqual([]);
    await page.close();
  });

  it('the what-if shows the number it computes: 99999 typed reads 1000', async () => {
    const { page } = await tracedPage();
    await openPortal(page);
    const input = page.locator(`${card('qics-demo')} [part~="what-if"] input`);
    await input.fill('99999');
    expect(await input.inputValue()).toBe('1000');
    const verdict = page.locator(`${card('qics-demo')} [part~="verdict"]`);
    await expect.poll(() => verdict.textContent()).toContain('Gebruikers: 1,025 of 25 after this change');
    await page.close();
  });
});

describe('short-lived tokens', () => {
  it('an expired token is renewed through tokenProvider; an attribute token is not', async () => {
    const { page } = await tracedPage();
    await openPortal(page);
    const provided = 'seat-usage[data-token-provider]';
    expect(await shadowText(page, provided)).toContain('25');
    const minted = proxy.count('POST', '/partner/token');
    expect(minted).toBeGreaterThanOrEqual(1);
    skewMs = 11 * 60_000;
    try {
      const seatsBefore = seatRequests('qics-demo');
      await page.locator(`${provided} [part~="refresh"]`).click();
      await page.waitForFunction(() => document.querySelector('#events')?.textContent !== undefined);
      await expect.poll(() => proxy.count('POST', '/partner/token')).toBe(minted + 1);
      await expect.poll(() => seatRequests('qics-demo')).toBe(seatsBefore + 2);
      await page.locator(`${card('qics-demo')} [part~="refresh"]`).click();
      await expect.poll(() => shadowText(page, card('qics-demo'))).toContain(t('error.widget-token'));
      expect(await shadowText(page, provided)).not.toContain(t('error.widget-token'));
    } finally {
      skewMs = 0;
      await page.close();
    }
  });
});
