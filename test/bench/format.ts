import type { Figure, SuiteResult, Target } from './types';

// Growth ratios between sizes and the readable table of a suite's figures.

export interface Growth {
  name: string;
  from: number;
  to: number;
  /** median at `to` / median at `from`. */
  ratio: number;
  /** ratio = (to / from) ^ exponent: 1 is linear, below 1 better, above 1 worse. */
  exponent: number;
  verdict: 'flat' | 'better than linear' | 'linear' | 'worse than linear';
}

export interface TargetCheck extends Target {
  median: number | null;
  /** median / max: at most 1 meets the target. */
  ratio: number | null;
  /** null when the size was not run. */
  met: boolean | null;
}

function verdictOf(exponent: number): Growth['verdict'] {
  if (exponent < 0.25) return 'flat';
  if (exponent < 0.85) return 'better than linear';
  if (exponent <= 1.15) return 'linear';
  return 'worse than linear';
}

const namesOf = (figures: readonly Figure[]) => [...new Set(figures.map((f) => f.name))];
export const sizesOf = (figures: readonly Figure[]) =>
  [...new Set(figures.map((f) => f.size))].sort((a, b) => a - b);

function find(figures: readonly Figure[], name: string, size: number): Figure | undefined {
  return figures.find((f) => f.name === name && f.size === size);
}

export function growthOf(figures: readonly Figure[]): Growth[] {
  const sizes = sizesOf(figures);
  const out: Growth[] = [];
  for (const name of namesOf(figures)) {
    sizes.slice(1).forEach((to, i) => {
      const from = sizes[i] ?? to;
      const a = find(figures, name, from)?.median;
      const b = find(figures, name, to)?.median;
      if (a === undefined || b === undefined || a <= 0 || b <= 0) return;
      const ratio = b / a;
      const exponent = Math.log(ratio) / Math.log(to / from);
      out.push({ name, from, to, ratio, exponent, verdict: verdictOf(exponent) });
    });
  }
  return out;
}

export function targetChecks(result: SuiteResult): TargetCheck[] {
  return result.targets.map((target) => {
    const median = find(result.figures, target.name, target.size)?.median ?? null;
    const ratio = median === null ? null : median / target.max;
    return { ...target, median, ratio, met: ratio === null ? null : ratio <= 1 };
  });
}

/** 10000 → 10k, 1000000 → 1M. */
export function label(size: number): string {
  if (size >= 1_000_000 && size % 1_000_000 === 0) return `${size / 1_000_000}M`;
  if (size >= 1000 && size % 1000 === 0) return `${size / 1000}k`;
  return String(size);
}

export function formatMs(ms: number): string {
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(3);
}

function cell(f: Figure | undefined): string {
  if (!f) return '–';
  return f.p95 === null ? formatMs(f.median) : `${formatMs(f.median)} (${formatMs(f.p95)})`;
}

/** Target and verdict cells; a figure with targets at several sizes lists them, grouped by bound. */
function targetCells(checks: readonly TargetCheck[], name: string): [string, string] {
  const own = checks.filter((c) => c.name === name);
  if (own.length === 0) return ['', ''];
  const bounds = [...new Set(own.map((c) => c.max))];
  const targets = bounds.map((max) => {
    const at = own.filter((c) => c.max === max).map((c) => label(c.size));
    return `≤ ${max} @${at.join('/')}`;
  });
  const run = own.filter((c) => c.ratio !== null);
  if (run.length === 0) return [targets.join(', '), '–'];
  const ratios = own.map((c) => (c.ratio === null ? '–' : c.ratio.toFixed(2)));
  return [targets.join(', '), `${ratios.join('/')}× ${run.every((c) => c.met) ? 'ok' : 'MISSED'}`];
}

function growthCells(growth: readonly Growth[], name: string, pairs: number): string[] {
  const own = growth.filter((g) => g.name === name);
  const ratios = Array.from({ length: pairs }, (_, i) => {
    const g = own[i];
    return g ? `${g.ratio.toFixed(1)}×` : '–';
  });
  return [...ratios, own.map((g) => g.verdict).join(', ')];
}

function renderRows(rows: readonly string[][]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: readonly string[]) =>
    r
      .map((text, c) => text.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const [head, ...body] = rows;
  return [line(head ?? []), rule, ...body.map(line)].join('\n');
}

export function formatSuite(result: SuiteResult): string {
  const sizes = sizesOf(result.figures);
  const growth = growthOf(result.figures);
  const checks = targetChecks(result);
  const pairs = sizes.slice(1).map((to, i) => `${label(to)}/${label(sizes[i] ?? to)}`);
  const head = [
    'figure (median ms, p95)',
    ...sizes.map((s) => `${label(s)} ${result.sizeUnit}`),
    'target',
    'vs target',
    ...pairs,
    'growth',
  ];
  const body = namesOf(result.figures).map((name) => [
    result.figures.find((f) => f.name === name)?.label ?? name,
    ...sizes.map((s) => cell(find(result.figures, name, s))),
    ...targetCells(checks, name),
    ...growthCells(growth, name, pairs.length),
  ]);
  const notes = result.notes.map((n) => `  ${n}`);
  return [`${result.suite}`, renderRows([head, ...body]), ...notes].join('\n');
}
