import type { CDPSession, Page } from 'playwright-core';

// The content script's isolated world on a host page, reached through the DevTools protocol: the one place
// outside the extension where `chrome.dom.openOrClosedShadowRoot` hands out our closed shadow roots. No hook of
// ours is involved: a browser's own protocol, as a debugger uses it (architecture.md, issue 13).

/** No content script world in the page's main frame right now: none yet, or a navigation just ended it. */
export class NoWorld extends Error {}

interface WorldContext {
  uniqueId: string;
  frameId: string;
}

/** Protocol errors that mean the world went away under the call (a navigation), not that the call was wrong. */
const GONE =
  /Cannot find context|Execution context was destroyed|Inspected target navigated|context with specified id/;

class ContentWorld {
  readonly #page: Page;
  readonly #session: Promise<CDPSession>;
  readonly #contexts: WorldContext[] = [];
  #mainFrame: string | undefined;

  constructor(page: Page) {
    this.#page = page;
    this.#session = this.#attach();
  }

  async #attach(): Promise<CDPSession> {
    const cdp = await this.#page.context().newCDPSession(this.#page);
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string; frameId?: string } | undefined;
      // An extension's content script world; Playwright's own utility world has the page's origin.
      if (!context.origin.startsWith('chrome-extension://') || aux?.type !== 'isolated' || !aux.frameId)
        return;
      this.#contexts.push({ uniqueId: context.uniqueId, frameId: aux.frameId });
    });
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextUniqueId }) => {
      const at = this.#contexts.findIndex((context) => context.uniqueId === executionContextUniqueId);
      if (at >= 0) this.#contexts.splice(at, 1);
    });
    cdp.on('Runtime.executionContextsCleared', () => {
      this.#contexts.length = 0;
    });
    await cdp.send('Runtime.enable');
    this.#mainFrame = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
    return cdp;
  }

  /** Evaluates an expression in the main frame's content script world; its value comes back as JSON. */
  async evaluate<T>(expression: string): Promise<T> {
    if (this.#page.isClosed()) throw new Error('the page is closed');
    const cdp = await this.#session;
    const world = this.#contexts.findLast((context) => context.frameId === this.#mainFrame);
    if (!world) throw new NoWorld('no content script world in the page (yet)');
    try {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        uniqueContextId: world.uniqueId,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) {
        const message = exceptionDetails.exception?.description ?? exceptionDetails.text;
        if (GONE.test(message)) throw new NoWorld(message);
        throw new Error(`in the content script world: ${message}`);
      }
      return result.value as T;
    } catch (error) {
      if (error instanceof Error && !(error instanceof NoWorld) && GONE.test(error.message))
        throw new NoWorld(error.message);
      throw error;
    }
  }
}

const worlds = new WeakMap<Page, ContentWorld>();

function worldOf(page: Page): ContentWorld {
  let world = worlds.get(page);
  if (!world) {
    world = new ContentWorld(page);
    worlds.set(page, world);
  }
  return world;
}

/** Evaluates an expression (text) in the page's content script world. Throws NoWorld while it has none. */
export function inWorld<T>(page: Page, expression: string): Promise<T> {
  return worldOf(page).evaluate<T>(expression);
}

/**
 * Calls `fn` in the content script world with JSON arguments. It is sent as its source text, so it must be
 * self-contained (no closures, no imports); tsx's keepNames helper is stubbed for the bench.
 */
export function callInWorld<R, A extends unknown[]>(
  page: Page,
  fn: (...args: A) => R | Promise<R>,
  ...args: A
): Promise<R> {
  const list = args.map((arg) => (arg === undefined ? 'undefined' : JSON.stringify(arg))).join(', ');
  return inWorld<R>(page, `(() => { const __name = (f) => f; return (${fn})(${list}); })()`);
}

/** The closed shadow root of `host` as the content script world sees it (chrome.dom, Chromium 88+). */
export interface WorldChrome {
  chrome: { dom: { openOrClosedShadowRoot(element: HTMLElement): ShadowRoot | null } };
}
