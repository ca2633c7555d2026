import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type Lang, type MessageKey, type Params, t } from '../../lib/i18n';
import { inWorld, NoWorld, type WorldChrome } from './world';

// Reaching into the injected UI. Its shadow roots are closed (issue 13): Playwright's CSS pierces open roots
// only, and the page sees the hosts and nothing in them. A UiLocator resolves its CSS inside the closed roots,
// in the content script's isolated world over the DevTools protocol (world.ts), reads and evaluates there,
// and clicks with real input at the element's centre once hit-testing finds the element itself there.

/** The host of the panel, the docked launcher and the guard's dialogs. */
export const HOST = 'seatguard-panel';
/** The host of the launcher at an adapter's anchor, in the page's own bar. */
export const LAUNCHER_HOST = 'seatguard-launcher';
/** As Playwright's default for actions and waits. */
const TIMEOUT = 30_000;
/** Pauses between polls (ms), the last repeating. */
const POLLS = [0, 20, 50, 100];

type TextMatch = { text: string } | { source: string; flags: string };

interface Step {
  css?: string;
  hasText?: TextMatch;
  nth?: number;
}

/** What a UiLocator names: the closed roots of the elements matching `host`, then each step inside them. */
interface Query {
  host: string;
  steps: Step[];
}

/** Runs in the content script world (sent as text: self-contained): the nodes a query names, in order. */
function resolveQuery({ host, steps }: Query): (Element | ShadowRoot)[] {
  const { dom } = (globalThis as unknown as WorldChrome).chrome;
  let found: (Element | ShadowRoot)[] = [];
  for (const element of document.querySelectorAll<HTMLElement>(host)) {
    const root = dom.openOrClosedShadowRoot(element);
    if (root) found.push(root);
  }
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  for (const step of steps) {
    if (step.css !== undefined) {
      const next = new Set<Element>();
      for (const scope of found) for (const element of scope.querySelectorAll(step.css)) next.add(element);
      found = [...next];
    }
    const match = step.hasText;
    if (match) {
      // As Playwright's hasText: a string is a case-insensitive substring of the squashed text.
      const test =
        'text' in match
          ? (text: string) => text.toLowerCase().includes(squash(match.text).toLowerCase())
          : (text: string) => new RegExp(match.source, match.flags).test(text);
      found = found.filter((node) => test(squash(node.textContent ?? '')));
    }
    if (step.nth !== undefined) {
      const node = found.at(step.nth);
      found = node ? [node] : [];
    }
  }
  return found;
}

/** Runs in the content script world: how many nodes match, and whether the one match is visible. */
function probeQuery(resolve: typeof resolveQuery, query: Query): { count: number; visible: boolean } {
  const found = resolve(query);
  const node = found[0];
  if (found.length !== 1 || !(node instanceof Element)) return { count: found.length, visible: false };
  const box = node.getBoundingClientRect();
  const visible = box.width > 0 && box.height > 0 && node.checkVisibility({ visibilityProperty: true });
  return { count: 1, visible };
}

type ClickPoint = { count: number; point?: [number, number]; reason?: string };

/**
 * Runs in the content script world: scrolls the one match into view if it is not, waits until it stands still,
 * and returns its centre, unless it is hidden, disabled or something else is topmost there.
 */
async function clickPointOf(resolve: typeof resolveQuery, query: Query): Promise<ClickPoint> {
  const found = resolve(query);
  const element = found[0];
  if (found.length !== 1 || !(element instanceof HTMLElement)) return { count: found.length };
  let box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0 || !element.checkVisibility({ visibilityProperty: true }))
    return { count: 1, reason: 'not visible' };
  if (element.matches(':disabled')) return { count: 1, reason: 'disabled' };
  const { clientWidth, clientHeight } = document.documentElement;
  if (box.top < 0 || box.left < 0 || box.bottom > clientHeight || box.right > clientWidth)
    element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  // A frame, or a moment where frames do not run (a tab in the background).
  const frame = () =>
    new Promise<void>((done) => {
      requestAnimationFrame(() => done());
      setTimeout(done, 100);
    });
  await frame();
  box = element.getBoundingClientRect();
  await frame();
  const still = element.getBoundingClientRect();
  if (box.x !== still.x || box.y !== still.y || box.width !== still.width || box.height !== still.height)
    return { count: 1, reason: 'still moving' };
  const x = still.left + still.width / 2;
  const y = still.top + still.height / 2;
  // The root's own hit test sees into the closed tree; the page's would only name the host.
  const hit = (element.getRootNode() as Document | ShadowRoot).elementFromPoint(x, y);
  if (!hit || !(hit === element || element.contains(hit)))
    return { count: 1, reason: `covered at its centre by <${hit?.localName ?? 'nothing'}>` };
  return { count: 1, point: [x, y] };
}

const json = (value: unknown) => (value === undefined ? 'undefined' : JSON.stringify(value));

/** An expression calling an in-world function with the resolver and JSON arguments (a keepNames stub first). */
function call(
  fn: (resolve: typeof resolveQuery, query: Query, ...args: never[]) => unknown,
  query: Query,
  ...args: unknown[]
): string {
  const list = [json(query), ...args.map(json)].join(', ');
  return `(() => { const __name = (f) => f; return (${fn})(${resolveQuery}, ${list}); })()`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class StrictModeError extends Error {}

/**
 * The injected UI's elements, found inside its closed shadow roots. Chains like Playwright's locator (CSS,
 * `hasText`, `first`, `nth`), is as lazy (every call resolves again) and as strict (an action on several
 * matches throws), and waits as its actions do.
 */
export class UiLocator<E = HTMLElement> {
  readonly #page: Page;
  readonly #query: Query;

  constructor(page: Page, query: Query) {
    this.#page = page;
    this.#query = query;
  }

  /** The elements matching `css` inside these, optionally only those whose text holds `hasText`. */
  locator(css: string, { hasText }: { hasText?: string | RegExp } = {}): UiLocator {
    return this.#then({ css, ...(hasText !== undefined && { hasText: textMatch(hasText) }) });
  }

  /** Only those of these whose text holds `hasText`. */
  filter({ hasText }: { hasText: string | RegExp }): UiLocator<E> {
    return this.#then({ hasText: textMatch(hasText) });
  }

  first(): UiLocator<E> {
    return this.nth(0);
  }

  last(): UiLocator<E> {
    return this.nth(-1);
  }

  nth(index: number): UiLocator<E> {
    return this.#then({ nth: index });
  }

  toString(): string {
    const steps = this.#query.steps.map((step) =>
      [
        step.css,
        step.hasText &&
          `hasText=${'text' in step.hasText ? JSON.stringify(step.hasText.text) : `/${step.hasText.source}/`}`,
        step.nth !== undefined && `nth=${step.nth}`,
      ]
        .filter(Boolean)
        .join(' '),
    );
    return [`${this.#query.host} (closed root)`, ...steps].join(' >> ');
  }

  /** How many elements match now (none while the page has no content script world). */
  async count(): Promise<number> {
    try {
      return await inWorld<number>(
        this.#page,
        call((resolve, query) => resolve(query).length, this.#query),
      );
    } catch (error) {
      if (error instanceof NoWorld) return 0;
      throw error;
    }
  }

  /** Whether the one match is visible now: a box of some size, not visibility: hidden. */
  async isVisible(): Promise<boolean> {
    const { count, visible } = await this.#probe();
    this.#strict(count);
    return visible;
  }

  /** Waits until the one match is attached, visible (the default), hidden, or there is none (detached). */
  async waitFor({
    state = 'visible',
    timeout = TIMEOUT,
  }: {
    state?: 'attached' | 'detached' | 'visible' | 'hidden';
    timeout?: number;
  } = {}): Promise<void> {
    await this.#until(`waiting for ${state}`, timeout, async () => {
      const { count, visible } = await this.#probe();
      this.#strict(count);
      const reached = {
        attached: count === 1,
        detached: count === 0,
        visible,
        hidden: !visible,
      }[state];
      return reached ? true : undefined;
    });
  }

  /** Runs `fn` on the one match in the content script world (sent as text: self-contained), once attached. */
  async evaluate<R, A = undefined>(
    fn: (element: E, arg: A) => R | Promise<R>,
    arg?: A,
    { timeout = TIMEOUT }: { timeout?: number } = {},
  ): Promise<R> {
    const expression = `(async () => {
      const __name = (f) => f;
      const found = (${resolveQuery})(${json(this.#query)});
      if (found.length !== 1) return { count: found.length };
      return { count: 1, value: await (${fn})(found[0], ${json(arg)}) };
    })()`;
    return this.#until('evaluate', timeout, async () => {
      const { count, value } = await inWorld<{ count: number; value?: R }>(this.#page, expression);
      this.#strict(count);
      return count === 1 ? { value: value as R } : undefined;
    }).then(({ value }) => value);
  }

  textContent(options: { timeout?: number } = {}): Promise<string | null> {
    return this.evaluate((node) => (node as Node).textContent, undefined, options);
  }

  getAttribute(name: string, options: { timeout?: number } = {}): Promise<string | null> {
    return this.evaluate((node, attribute) => (node as Element).getAttribute(attribute), name, options);
  }

  /**
   * A real click, as the admin's: once the one match is visible, enabled, in view, still and topmost at its
   * centre, the mouse presses there (page.mouse), so whatever really lies on top gets the click.
   */
  async click({ timeout = TIMEOUT }: { timeout?: number } = {}): Promise<void> {
    const [x, y] = await this.#until('click', timeout, async () => {
      const { count, point, reason } = await inWorld<ClickPoint>(this.#page, call(clickPointOf, this.#query));
      this.#strict(count);
      if (!point) throw new Waiting(reason ?? (count === 0 ? 'no element' : 'not ready'));
      return point;
    });
    await this.#page.mouse.click(x, y);
  }

  #then(step: Step): UiLocator<never> {
    return new UiLocator(this.#page, { ...this.#query, steps: [...this.#query.steps, step] });
  }

  async #probe(): Promise<{ count: number; visible: boolean }> {
    try {
      return await inWorld(this.#page, call(probeQuery, this.#query));
    } catch (error) {
      if (error instanceof NoWorld) return { count: 0, visible: false };
      throw error;
    }
  }

  #strict(count: number): void {
    if (count > 1) throw new StrictModeError(`strict mode violation: ${this} matches ${count} elements`);
  }

  /** Polls `attempt` until it returns a value; no content script world yet, or Waiting, means try again. */
  async #until<T>(what: string, timeout: number, attempt: () => Promise<T | undefined>): Promise<T> {
    const end = Date.now() + timeout;
    let last = 'no element';
    for (let i = 0; ; i++) {
      try {
        const value = await attempt();
        if (value !== undefined) return value;
        last = 'not yet';
      } catch (error) {
        if (!(error instanceof NoWorld || error instanceof Waiting)) throw error;
        last = error.message;
      }
      if (Date.now() >= end) throw new Error(`${what} ${this}: timed out after ${timeout} ms (${last})`);
      await sleep(POLLS[Math.min(i, POLLS.length - 1)] ?? 100);
    }
  }
}

/** An attempt that should be tried again, and why. */
class Waiting extends Error {}

function textMatch(text: string | RegExp): TextMatch {
  return typeof text === 'string' ? { text } : { source: text.source, flags: text.flags };
}

/** The closed shadow root(s) of `host` (the panel's by default): `.locator(css)` finds elements inside. */
export const ui = (page: Page, host = HOST): UiLocator<ShadowRoot> =>
  new UiLocator(page, { host, steps: [] });

export const panel = (page: Page): UiLocator => ui(page).locator('section.sg-panel');
/** The panel at rest: the docked launcher (an adapter's anchor puts it in <seatguard-launcher> instead). */
export const launcher = (page: Page): UiLocator => ui(page).locator('button.sg-launcher');
/** The open panel's overlay: the sheet around the panel, with its close button. */
export const sheet = (page: Page): UiLocator => ui(page).locator('.sg-sheet');
export const pool = (page: Page, id: string): UiLocator => ui(page).locator(`[data-pool="${id}"]`);
/** The guard's native <dialog>, while open. */
export const dialog = (page: Page): UiLocator => ui(page).locator('dialog[open]');
export const note = (page: Page): UiLocator => ui(page).locator('.sg-note');
export const statusMessage = (page: Page): UiLocator => ui(page).locator('.sg-status .sg-message');

/** A message as the panel renders it in the page's language. */
export const msg = (lang: Lang, key: MessageKey, params: Params = {}) => t(key, params, lang);

/** What expectText reads: a Playwright locator on the page, or a UiLocator inside our closed roots. */
export interface TextLocator {
  first(): {
    waitFor(options: { state: 'attached'; timeout: number }): Promise<void>;
    textContent(options: { timeout: number }): Promise<string | null>;
  };
}

/** Polls until the locator's text matches: the panel renders asynchronously after the page loaded. */
export async function expectText(
  locator: Locator | TextLocator,
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
export const dialogButton = (page: Page, text: string): UiLocator =>
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
