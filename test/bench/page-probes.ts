import type { Page } from 'playwright-core';

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

/**
 * Submits the create-user form from the page and times the call (taken just before `requestSubmit`) to the
 * guard's dialog opening (its `seatguard:dialog` mark: the dialog itself is in a closed root); then closes the
 * dialog with Escape, so the form stays and nothing is sent.
 */
export async function submitToDialog(page: Page, form = 'form#user-create'): Promise<number> {
  const elapsed = await page.evaluate((selector) => {
    const target = document.querySelector<HTMLFormElement>(selector);
    if (!target) throw new Error(`no ${selector}`);
    // An observer, not polling: a timer of ours in the page would queue before the guard's own tasks.
    const opened = new Promise<number>((done, fail) => {
      const observer = new PerformanceObserver((list) => {
        const mark = list.getEntriesByName('seatguard:dialog')[0];
        if (!mark) return;
        observer.disconnect();
        done(mark.startTime);
      });
      observer.observe({ type: 'mark' });
      setTimeout(() => fail(new Error('no guard dialog within 10 s')), 10_000);
    });
    const start = performance.now();
    target.requestSubmit();
    return opened.then((end) => end - start);
  }, form);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.localName !== 'seatguard-panel');
  return elapsed;
}
