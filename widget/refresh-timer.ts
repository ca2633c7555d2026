/** Data older than this is fetched again while the element is connected and its tab visible. */
const REFRESH_MS = 60_000;
/** How often the shown age of the data is brought up to date. */
const TICK_MS = 15_000;

export interface RefreshHooks {
  /** The clock moved on: update the shown age. */
  tick(): void;
  /** Time to fetch: the data is old, or the tab became visible again. */
  refresh(): void;
  /** Epoch ms of the last fetch attempt. */
  lastAttempt(): number;
}

/** Ticks while connected, refreshing when the data is old or the tab comes back; returns the stop function. */
export function startRefreshTimer(doc: Document, hooks: RefreshHooks): () => void {
  const timer = setInterval(() => {
    hooks.tick();
    // A hidden tab costs no requests; coming back asks at once.
    if (!doc.hidden && Date.now() - hooks.lastAttempt() >= REFRESH_MS) hooks.refresh();
  }, TICK_MS);
  const onVisibility = () => {
    if (doc.hidden) return;
    hooks.tick();
    hooks.refresh();
  };
  doc.addEventListener('visibilitychange', onVisibility);
  return () => {
    clearInterval(timer);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
