/** One request in flight, shared by everyone waiting for it; cancelled once the last of them gives up. */
export interface Flight<T> {
  promise: Promise<T>;
  /** Joins the flight; a caller whose signal aborts leaves it, and the last to leave cancels the request. */
  wait(signal?: AbortSignal): Promise<T>;
}

/** Starts `run` with a signal of its own and shares its outcome; `land` runs once it settles or is cancelled. */
export function startFlight<T>(run: (signal: AbortSignal) => Promise<T>, land: () => void): Flight<T> {
  const controller = new AbortController();
  const promise = run(controller.signal);
  let landed = false;
  const settle = () => {
    if (landed) return;
    landed = true;
    land();
  };
  promise.then(settle, settle);
  let waiting = 0;
  // A caller without a signal never leaves: the request then runs to its end.
  let pinned = false;
  const wait = (signal?: AbortSignal): Promise<T> => {
    if (!signal) {
      pinned = true;
      return promise;
    }
    if (signal.aborted) return Promise.reject(signal.reason);
    waiting += 1;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        waiting -= 1;
        if (waiting === 0 && !pinned) {
          settle();
          controller.abort(signal.reason);
        }
        reject(signal.reason);
      };
      signal.addEventListener('abort', leave, { once: true });
      const done = () => signal.removeEventListener('abort', leave);
      promise.then(
        (value) => {
          done();
          resolve(value);
        },
        (error: unknown) => {
          done();
          reject(error);
        },
      );
    });
  };
  return { promise, wait };
}
