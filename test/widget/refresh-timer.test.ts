// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRefreshTimer } from '../../widget/refresh-timer';

/** Just what the timer reads of a document: `hidden` and its visibilitychange event. */
class FakeDocument extends EventTarget {
  hidden = false;
  show(hidden: boolean) {
    this.hidden = hidden;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

let doc: FakeDocument;
let last: number;
const hooks = { tick: vi.fn(), refresh: vi.fn(() => (last = Date.now())), lastAttempt: () => last };

beforeEach(() => {
  vi.useFakeTimers();
  doc = new FakeDocument();
  last = Date.now();
  hooks.tick.mockClear();
  hooks.refresh.mockClear();
});
afterEach(() => vi.useRealTimers());

const start = () => startRefreshTimer(doc as unknown as Document, hooks);

describe('startRefreshTimer', () => {
  it('ticks every 15 s and refreshes once the data is 60 s old', () => {
    start();
    vi.advanceTimersByTime(45_000);
    expect(hooks.tick).toHaveBeenCalledTimes(3);
    expect(hooks.refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(15_000);
    expect(hooks.refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(hooks.refresh).toHaveBeenCalledTimes(2);
  });

  it('asks nothing while the tab is hidden, and refreshes when it comes back', () => {
    start();
    doc.show(true);
    vi.advanceTimersByTime(300_000);
    expect(hooks.refresh).not.toHaveBeenCalled();
    doc.show(false);
    expect(hooks.refresh).toHaveBeenCalledTimes(1);
  });

  it('stops ticking and listening once stopped', () => {
    const stop = start();
    stop();
    vi.advanceTimersByTime(300_000);
    doc.show(false);
    expect(hooks.tick).not.toHaveBeenCalled();
    expect(hooks.refresh).not.toHaveBeenCalled();
  });
});
