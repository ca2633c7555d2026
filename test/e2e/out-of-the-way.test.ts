import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { palette } from '../../components/styles';
import { sites } from '../../server/admin/sites';
import { sandboxTenants } from '../../server/sandbox/tenants';
import { sandboxAdapterAtE2ePort, TENANTS, type Tenant, useHarness, type WorkerGlobal } from './harness';
import { DARK_ROUTE, darkHost, launcher, openPanel, panel, sheet, ui, waitForPool } from './ui';

// Issue 12, "never in the way": the panel covered all 24 edit/delete links of AM's users page at 1280×720,
// Echometer's only "Wiederherstellen" (a real click failed), and the new-user forms' submit buttons at
// 400×800. At rest seatguard is a launcher that covers no control of the host, at any scroll position.

const h = useHarness();

const SIZES = [
  [1280, 720],
  [1366, 768],
  [400, 800],
] as const;

/** What the admin clicks or types in: every one must stay reachable. */
const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea';

/** Every page of a tenant's admin site: its menu, the new-user form (and invite), and one user's edit form. */
function pagesOf(tenant: Tenant): string[] {
  const seed = sandboxTenants.find((t) => t.id === tenant);
  if (!seed) throw new Error(`no seed for ${tenant}`);
  const site = sites[seed.site];
  const first = seed.users[0]?.id;
  return [
    ...site.pages.map((p) => p.id),
    'users/new',
    ...(site.invite ? ['users/invite'] : []),
    ...(first ? [`users/${first}`] : []),
  ];
}

const PAGES = TENANTS.flatMap((tenant) => pagesOf(tenant).map((path) => [tenant, path] as const));

/** A page's path with any user id read as "the edit form", so one user's stands for all. */
const kindOf = (path: string) => (/^users\/(?!new$|invite$)[^/]+$/.test(path) ? 'users/:id' : path);

/** The admin page an admin link goes to, or null for a link elsewhere. */
function pageOfLink(href: string, tenant: Tenant): string | null {
  const path = new URL(href).pathname;
  const prefix = `/t/${tenant}/admin/`;
  return path.startsWith(prefix) ? kindOf(path.slice(prefix.length)) : null;
}

interface Covered {
  control: string;
  point: [number, number];
  scroll: [number, number];
  hit: string;
}

/**
 * Runs in the page: scrolls so each control meets the viewport's bottom-right, then its top-left edge (where
 * the corners are), lets the launcher settle, and asks `elementFromPoint` at the centre and the corners of
 * every control in view whether that point is the control. Returns what something else covered.
 */
function findCovered(selector: string): Promise<{ controls: number; positions: number; covered: Covered[] }> {
  const frames = () =>
    new Promise<void>((done) =>
      requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
  const label = (element: Element | null) => {
    if (!element) return 'nothing';
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${element.localName}${element.id ? `#${element.id}` : ''}> ${text}`;
  };
  const controls = [...document.querySelectorAll(selector)].filter((c) => c.getClientRects().length > 0);
  for (const [i, control] of controls.entries()) control.setAttribute('data-sg-control', String(i));
  const root = document.documentElement;
  const width = root.clientWidth;
  const height = root.clientHeight;
  const maxX = root.scrollWidth - width;
  const maxY = root.scrollHeight - height;
  const clamp = (value: number, max: number) => Math.round(Math.max(0, Math.min(max, value)));
  const positions = new Map<string, [number, number]>();
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    const left = box.left + window.scrollX;
    const top = box.top + window.scrollY;
    for (const at of [
      [clamp(left + box.width - width, maxX), clamp(top + box.height - height, maxY)],
      [clamp(left, maxX), clamp(top, maxY)],
    ] as [number, number][])
      positions.set(at.join(','), at);
  }
  return (async () => {
    const covered: Covered[] = [];
    for (const [x, y] of positions.values()) {
      window.scrollTo(x, y);
      await frames();
      for (const control of controls) {
        // Corners just inside what the control paints: its rounded corners, and each line of an inline link.
        const style = getComputedStyle(control);
        const radius = Math.max(
          ...[
            style.borderTopLeftRadius,
            style.borderTopRightRadius,
            style.borderBottomLeftRadius,
            style.borderBottomRightRadius,
          ].map((r) => Number.parseFloat(r) || 0),
        );
        const points: [number, number][] = [];
        for (const box of control.getClientRects()) {
          const inset = Math.min(
            box.width / 2,
            box.height / 2,
            Math.max(2, Math.ceil(0.3 * Math.min(radius, box.height / 2)) + 1),
          );
          points.push(
            [box.left + box.width / 2, box.top + box.height / 2],
            [box.left + inset, box.top + inset],
            [box.right - inset, box.top + inset],
            [box.left + inset, box.bottom - inset],
            [box.right - inset, box.bottom - inset],
          );
        }
        for (const [px, py] of points) {
          // elementFromPoint rounds: a point in the last pixel row or column reads as outside.
          if (px < 0 || py < 0 || px > width - 1 || py > height - 1) continue;
          const hit = document.elementFromPoint(px, py);
          if (hit && (hit === control || control.contains(hit))) continue;
          covered.push({ control: label(control), point: [px, py], scroll: [x, y], hit: label(hit) });
        }
      }
    }
    window.scrollTo(0, 0);
    return { controls: controls.length, positions: positions.size, covered };
  })();
}

/** Counts clicks that reach each control, and keeps them from navigating, submitting or opening a picker. */
function countClicks(): void {
  const counts: Record<string, number> = {};
  Object.assign(window, { sgClicks: counts });
  const stop = (event: Event) => {
    const control = (event.target as Element | null)?.closest?.('[data-sg-control]');
    if (!control) return;
    event.preventDefault();
    if (event.type !== 'click') return;
    const i = control.getAttribute('data-sg-control') ?? '';
    counts[i] = (counts[i] ?? 0) + 1;
  };
  window.addEventListener('click', stop, { capture: true });
  window.addEventListener('mousedown', stop, { capture: true });
}

async function settled(page: Page): Promise<void> {
  // The launcher shows the numbers: the spot was chosen for its final size.
  await launcher(page).locator('.sg-level').waitFor();
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

describe('at rest, seatguard covers none of the host’s controls (issue 12)', () => {
  it('the pages below are every page the sandbox admin sites link to', async () => {
    const { page } = h();
    for (const tenant of TENANTS) {
      const listed = new Set(pagesOf(tenant).map(kindOf));
      const linked = new Set<string>();
      for (const path of pagesOf(tenant)) {
        await page.goto(h().adminUrl(tenant, path));
        for (const href of await page.$$eval('a[href]', (links) =>
          links.map((a) => (a as HTMLAnchorElement).href),
        ))
          linked.add(pageOfLink(href, tenant) ?? 'elsewhere');
      }
      linked.delete('elsewhere');
      expect(
        [...linked].filter((path) => !listed.has(path)),
        tenant,
      ).toEqual([]);
    }
  });

  describe.each(SIZES)('at %i×%i', (width, height) => {
    it.each(PAGES)(
      '%s %s: every button, link and input is uncovered and takes a real click',
      async (tenant, path) => {
        const { page } = h();
        await page.setViewportSize({ width, height });
        await page.goto(h().adminUrl(tenant, path));
        await settled(page);

        const { controls, covered } = await page.evaluate(findCovered, CONTROLS);
        expect(controls).toBeGreaterThan(2);
        expect(covered).toEqual([]);

        await page.evaluate(countClicks);
        for (let i = 0; i < controls; i++)
          await page.locator(`[data-sg-control="${i}"]`).click({ timeout: 5_000 });
        const counts = await page.evaluate(
          () => (window as unknown as { sgClicks: Record<string, number> }).sgClicks,
        );
        expect(counts).toEqual(
          Object.fromEntries(Array.from({ length: controls }, (_, i) => [String(i), 1])),
        );
        expect(await launcher(page).isVisible()).toBe(true);
      },
      120_000,
    );
  });
});

/** The launcher button's focus, read inside our closed shadow root (the page only sees the host focused). */
async function launcherHasFocus(page: Page): Promise<boolean> {
  const inside = await ui(page).evaluate(
    (root) => root.activeElement?.classList.contains('sg-launcher') ?? false,
  );
  const outside = await page.evaluate(() => document.activeElement?.localName);
  return inside && outside === 'seatguard-panel';
}

describe('the launcher', () => {
  beforeEach(() => h().page.setViewportSize({ width: 1280, height: 720 }));

  it('opens and closes the panel: by itself, its close button and Escape; focus comes back to it', async () => {
    const { page } = h();
    await page.goto(h().adminUrl('qics-demo'));
    await waitForPool(page, 'users', '25 van 25');
    await expect.poll(() => launcher(page).getAttribute('aria-expanded')).toBe('false');
    expect(await panel(page).isVisible()).toBe(false);

    await launcher(page).click();
    await sheet(page).waitFor({ state: 'visible' });
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true');
    expect(await sheet(page).getAttribute('role')).toBe('dialog');
    await sheet(page).locator('button.sg-close').click();
    await sheet(page).waitFor({ state: 'hidden' });
    expect(await launcherHasFocus(page)).toBe(true);

    await page.keyboard.press('Enter');
    await sheet(page).waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    expect(
      await sheet(page)
        .locator('button.sg-close')
        .evaluate((b) => b.matches(':focus')),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await sheet(page).waitFor({ state: 'hidden' });
    expect(await launcherHasFocus(page)).toBe(true);

    await launcher(page).click();
    await sheet(page).waitFor({ state: 'visible' });
    await launcher(page).click();
    await sheet(page).waitFor({ state: 'hidden' });
  });

  it('remembers per host that the admin left it open, across a reload, until closed again', async () => {
    const { page } = h();
    const stored = () =>
      h().inWorker(
        async (key) =>
          (await (globalThis as unknown as WorkerGlobal).chrome.storage.local.get(null))[key] ?? null,
        `panel:sandbox-qics-demo@${new URL(h().base).origin}`,
      );
    await page.goto(h().adminUrl('qics-demo'));
    await waitForPool(page, 'users', '25 van 25');
    await openPanel(page);
    await expect.poll(stored).toBe(true);

    await page.reload();
    await sheet(page).waitFor({ state: 'visible' });
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true');
    await page.goto(h().adminUrl('qics-demo', 'licence'));
    await sheet(page).waitFor({ state: 'visible' });

    // Another host (AM System's adapter) keeps its own: closed.
    await page.goto(h().adminUrl('am-demo'));
    await waitForPool(page, 'case', '10 av 12');
    await expect.poll(() => launcher(page).getAttribute('aria-expanded')).toBe('false');
    expect(await sheet(page).isVisible()).toBe(false);

    await page.goto(h().adminUrl('qics-demo'));
    await sheet(page).waitFor({ state: 'visible' });
    await sheet(page).locator('button.sg-close').click();
    await expect.poll(stored).toBe(null);
    await page.reload();
    await waitForPool(page, 'users', '25 van 25');
    await expect.poll(() => launcher(page).getAttribute('aria-expanded')).toBe('false');
    expect(await sheet(page).isVisible()).toBe(false);
  });

  it('at the adapter’s anchor it sits in the page’s own bar, and the main content does not move', async () => {
    const qics = sandboxAdapterAtE2ePort('sandbox-qics-demo');
    const { page } = h();
    const content = () =>
      page.locator('main.content').evaluate((main) => main.getBoundingClientRect().toJSON());
    await page.goto(h().adminUrl('qics-demo'));
    await waitForPool(page, 'users', '25 van 25');
    const docked = await content();

    // Written to storage as the options page would import it; the background prefers it on these pages.
    const anchored = { ...qics, id: 'acme-qics', name: 'Acme QicsMilestones', panel: { anchor: '.topbar' } };
    await h().store({ adapters: [anchored] });
    await h().connect({}, { 'acme-qics': { baseUrl: `${h().base}/`, token: 'e2e-qics-demo-token' } });
    await page.reload();
    const inline = ui(page, '.topbar > seatguard-launcher').locator('button.sg-launcher');
    await inline.locator('.sg-level').waitFor();
    expect(await launcher(page).count()).toBe(0);
    expect(await content()).toEqual(docked);

    await inline.click();
    await sheet(page).waitFor({ state: 'visible' });
    await waitForPool(page, 'users', '25 van 25');
    await sheet(page).locator('button.sg-close').click();
    await sheet(page).waitFor({ state: 'hidden' });
    expect(await inline.evaluate((button) => button.matches(':focus'))).toBe(true);
  });
});

/** The computed background of the launcher and of the open panel. */
async function colours(page: Page): Promise<{ launcher: string; panel: string }> {
  await openPanel(page);
  const read = (locator: ReturnType<typeof launcher>) =>
    locator.evaluate((element) => getComputedStyle(element).backgroundColor);
  const result = { launcher: await read(launcher(page)), panel: await read(panel(page)) };
  await sheet(page).locator('button.sg-close').click();
  return result;
}

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};
const LIGHT = rgb(palette.light.bg);
const DARK = rgb(palette.dark.bg);

describe('the colour scheme follows the host page, not the OS alone', () => {
  beforeEach(() => h().page.setViewportSize({ width: 1280, height: 720 }));

  it('a dark host page gets the dark panel with a light OS', async () => {
    const { page } = h();
    await page.emulateMedia({ colorScheme: 'light' });
    await darkHost(page, 'always');
    await page.goto(h().adminUrl('qics-demo'));
    await waitForPool(page, 'users', '25 van 25');
    expect(await colours(page)).toEqual({ launcher: DARK, panel: DARK });
    await page.unroute(DARK_ROUTE);
  });

  it('the light host page gets the light panel with a dark OS', async () => {
    const { page } = h();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(h().adminUrl('qics-demo'));
    await waitForPool(page, 'users', '25 van 25');
    expect(await colours(page)).toEqual({ launcher: LIGHT, panel: LIGHT });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('the host’s own dark-mode switch turns it dark and light again', async () => {
    const { page } = h();
    await darkHost(page, 'class');
    await page.goto(h().adminUrl('qics-demo'));
    await waitForPool(page, 'users', '25 van 25');
    expect(await colours(page)).toEqual({ launcher: LIGHT, panel: LIGHT });
    await page.evaluate(() => document.documentElement.classList.add('dark'));
    await expect.poll(async () => (await colours(page)).launcher).toBe(DARK);
    await page.evaluate(() => document.documentElement.classList.remove('dark'));
    await expect.poll(async () => (await colours(page)).launcher).toBe(LIGHT);
    await page.unroute(DARK_ROUTE);
  });
});
