import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Timing helpers: warm-up runs first, then the median and p95 of the timed runs.

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

let gcFn: (() => void) | null | undefined;

/** A full garbage collection before a big timed run, so that it does not pay for the previous one. */
export function collectGarbage(): void {
  if (gcFn === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gcFn = runInNewContext('gc') as () => void;
    } catch {
      gcFn = null;
    }
  }
  gcFn?.();
}

/** Keeps the last result alive so that no timed call can be optimised away. */
export const sink: { value: unknown } = { value: undefined };

function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length / 2;
  if (Number.isInteger(mid)) return ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
  return sorted[Math.floor(mid)] ?? Number.NaN;
}

/** Median (the mean of the middle two for an even count) and nearest-rank p95. */
export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: median(sorted), p95: percentile(sorted, 0.95), runs: samples.length };
}

export interface RepeatOptions<S> {
  runs: number;
  warmup: number;
  /** Untimed work before each run, e.g. a fresh JSON.parse of the input. */
  setup: () => S;
  /** Collect garbage before each run (for runs of many milliseconds). */
  gc?: boolean;
}

/** Times `fn(setup())` `runs` times after `warmup` untimed runs. */
export function repeat<S>(options: RepeatOptions<S>, fn: (input: S) => unknown): Timing {
  const samples: number[] = [];
  for (let i = 0; i < options.warmup + options.runs; i += 1) {
    const input = options.setup();
    if (options.gc) collectGarbage();
    const start = performance.now();
    sink.value = fn(input);
    const ms = performance.now() - start;
    if (i >= options.warmup) samples.push(ms);
  }
  return summarize(samples);
}

/** Times a cheap call: warm-up, then one sample per call. */
export function repeatCall(runs: number, warmup: number, fn: () => unknown): Timing {
  collectGarbage();
  return repeat({ runs, warmup, setup: () => undefined }, fn);
}
