import type { Page } from 'playwright-core';
import { callInWorld, inWorld } from '../e2e/world';

// What the bench reads inside a host page, from outside the product: user-timing marks, a heartbeat that
// sees main-thread stalls, and the guard's dialog. Functions handed to `evaluate` define no named
// functions: tsx's keepNames helper (__name) does not exist in the page.

/** Heartbeat period (ms): the gap between two beats beyond this is time the page could not run. */
export const BEAT_MS = 10;

/**
 * Added with `page.addInitScript` as text, so it runs before any page script and tsx never rewrites it.
 * It keeps the longest gap between beats in a global the bench reads and resets; `longtask` misses stalls
 * of the content script's isolated world, this does not.
 */
export const HEARTBEAT = `(() => {
  const beat = { last: performance.now(), longest: 0 };
  Object.defineProperty(window, '__seatguardBenchBeat', { value: beat });
  setInterval(() => {
    const now = performance.now();
    beat.longest = Math.max(beat.longest, now - beat.last);
    beat.last = now;
  }, ${BEAT_MS});
})();`;

interface BeatWindow {
  __seatguardBenchBeat?: { last: number; longest: number };
}

/** The longest stall since the document started (ms beyond the heartbeat's period), after a few more beats. */
export async function longestStall(page: Page): Promise<number> {
  const longest = await page.evaluate(async (settleMs) => {
    await new Promise((done) => setTimeout(done, settleMs));
    const beat = (window as unknown as BeatWindow).__seatguardBenchBeat;
    if (!beat) throw new Error('no heartbeat in the page: addInitScript(HEARTBEAT) first');
    return beat.longest;
  }, 5 * BEAT_MS);
  return Math.max(0, longest - BEAT_MS);
}

/** Navigation start → the panel's first paint with seat data (the `seatguard:panel` mark's start time). */
export async function panelPainted(page: Page, timeoutMs = 60_000): Promise<number> {
  return page.evaluate(async (timeout) => {
    const end = performance.now() + timeout;
    while (!performance.getEntriesByName('seatguard:panel').length) {
      if (performance.now() > end) throw new Error('the panel never painted seat data');
      await new Promise((done) => setTimeout(done, 5));
    }
    return performance.getEntriesByName('seatguard:panel')[0]?.startTime ?? Number.NaN;
  }, timeoutMs);
}

/** The content script's world (test/e2e/world.ts): the one place besides the extension that sees our closed root. */
interface BenchWorld {
  chrome: { dom: { openOrClosedShadowRoot(element: HTMLElement): ShadowRoot | null } };
  __seatguardBenchDialog?: Promise<number>;
}

/**
 * Submits the create-user form from the page and times the call (taken just before `requestSubmit`) to the
 * guard's dialog opening in the panel's closed shadow root, which only the content script's world can observe;
 * then closes the dialog with Escape, so the form stays and nothing is sent.
 */
export async function submitToDialog(page: Page, form = 'form#user-create'): Promise<number> {
  await callInWorld(page, () => {
    const world = globalThis as unknown as BenchWorld;
    const host = document.querySelector<HTMLElement>('seatguard-panel');
    const root = host && world.chrome.dom.openOrClosedShadowRoot(host);
    if (!root) throw new Error('no panel');
    world.__seatguardBenchDialog = new Promise<number>((done, fail) => {
      const observer = new MutationObserver(() => {
        if (!root.querySelector('dialog[open]')) return;
        observer.disconnect();
        done(performance.now());
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true });
      setTimeout(() => fail(new Error('no guard dialog within 10 s')), 10_000);
    });
  });
  const start = await page.evaluate((selector) => {
    const target = document.querySelector<HTMLFormElement>(selector);
    if (!target) throw new Error(`no ${selector}`);
    const before = performance.now();
    target.requestSubmit();
    return before;
  }, form);
  const end = await inWorld<number>(page, 'globalThis.__seatguardBenchDialog');
  await page.keyboard.press('Escape');
  await callInWorld(page, async () => {
    const world = globalThis as unknown as BenchWorld;
    const host = document.querySelector<HTMLElement>('seatguard-panel');
    const root = host && world.chrome.dom.openOrClosedShadowRoot(host);
    while (root?.querySelector('dialog[open]')) await new Promise((done) => setTimeout(done, 5));
  });
  return end - start;
}
