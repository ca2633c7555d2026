// Shapes shared by the bench runner (index.ts) and its suites (*.bench.ts).

/** `count` for tallies (requests), `ratio` for one median over another. */
export type Unit = 'ms' | 'kB' | 'count' | 'ratio';

/** One measured figure of a suite at one workload size. */
export interface Figure {
  /** Stable key, e.g. `prepare` or `check.add-user`. */
  name: string;
  /** What the figure measures, for the table. */
  label: string;
  /** Workload size (for the rules suite: users). */
  size: number;
  unit: Unit;
  median: number;
  p95: number | null;
  /** Timed runs behind the median; 0 for derived figures. */
  runs: number;
}

/** An upper bound a figure should stay under at one size. */
export interface Target {
  name: string;
  size: number;
  max: number;
}

export interface SuiteResult {
  suite: string;
  /** What `size` counts, e.g. `users`. */
  sizeUnit: string;
  figures: Figure[];
  targets: Target[];
  /** Facts about the workload worth printing with the table. */
  notes: string[];
}

export interface BenchOptions {
  /** Workload sizes to run; a suite's own defaults when absent. */
  sizes?: number[];
  /** Progress lines; they go to stderr so that stdout holds the table or the JSON only. */
  log: (line: string) => void;
}

export interface Suite {
  name: string;
  run(options: BenchOptions): Promise<SuiteResult>;
}
