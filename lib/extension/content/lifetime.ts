import { browser } from 'wxt/browser';

/**
 * How long the content script lives: until the extension itself goes (reloaded, updated or removed: its
 * runtime id is gone). WXT's own context also ends on an event any page can dispatch once it knows the
 * extension's id ("a newer content script started"), so the guard, the session and the UI hang on this
 * lifetime instead (issue 13: a page could silence the guard).
 */
export class Lifetime {
  private readonly controller = new AbortController();
  /** What createShadowRootUi reads of a WXT context: the styles come with the UI, not a manifest file. */
  readonly options = { cssInjectionMode: 'manual' as const };

  constructor(checkEveryMs = 5_000) {
    // The extension's unload sends no event to its old content scripts: they notice by asking.
    this.setInterval(() => undefined, checkEveryMs);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isValid(): boolean {
    if (!this.controller.signal.aborted && browser.runtime?.id == null) this.controller.abort();
    return !this.controller.signal.aborted;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  setTimeout(handler: () => void, ms: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) handler();
    }, ms);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, ms: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
    }, ms);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  addEventListener<E extends Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }
}
