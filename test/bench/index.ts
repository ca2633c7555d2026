import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { extensionBench } from './extension.bench';
import { formatSuite, growthOf, targetChecks } from './format';
import { rulesBench } from './rules.bench';
import { serverBench } from './server.bench';
import type { Suite, SuiteResult } from './types';
import { widgetBench } from './widget.bench';

// `npm run bench [-- --json] [--suite rules] [--sizes 10000,100000]`: runs the benchmark suites and
// prints a table, or with --json exactly one JSON object of all figures on stdout. Progress goes to
// stderr. A new suite is an exported `(options) => Promise<SuiteResult>` registered below.

const SUITES: readonly Suite[] = [
  { name: 'rules', run: rulesBench },
  { name: 'extension', run: extensionBench },
  { name: 'widget', run: widgetBench },
  { name: 'server', run: serverBench },
];

interface Args {
  json: boolean;
  suites: readonly Suite[];
  sizes: number[] | undefined;
}

const USAGE = 'usage: tsx test/bench/index.ts [--json] [--suite NAME]… [--sizes N,N,…]';

function parseSizes(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const sizes = text.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0))
    throw new Error(`--sizes: not a list of sizes: ${text}`);
  return sizes;
}

function parse(argv: string[]): Args {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      suite: { type: 'string', multiple: true },
      sizes: { type: 'string' },
    },
  });
  const names = values.suite ?? SUITES.map((s) => s.name);
  const unknown = names.filter((n) => !SUITES.some((s) => s.name === n));
  if (unknown.length)
    throw new Error(`unknown suite ${unknown.join(', ')}; known: ${SUITES.map((s) => s.name)}`);
  return {
    json: values.json ?? false,
    suites: SUITES.filter((s) => names.includes(s.name)),
    sizes: parseSizes(values.sizes),
  };
}

function environment() {
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    /** 1-minute load average when the run ended: other work on the machine skews the figures. */
    load: Number((loadavg()[0] ?? 0).toFixed(2)),
  };
}

function asJson(results: readonly SuiteResult[], seconds: number) {
  const suites = Object.fromEntries(
    results.map((r) => [r.suite, { ...r, growth: growthOf(r.figures), targetChecks: targetChecks(r) }]),
  );
  return { ...environment(), date: new Date().toISOString(), seconds, suites };
}

function asTable(results: readonly SuiteResult[], seconds: number): string {
  const env = environment();
  const header = `seatguard bench · node ${env.node} · ${env.platform} · ${env.cpus}× ${env.cpu} · load ${env.load}`;
  const legend =
    'cells: median (p95) in ms · vs target: median / target · ratios: median at the larger size / the smaller (10× the work: ≈10× is linear)';
  const tables = results.map((r) => formatSuite(r));
  return `${[header, legend, ...tables, `total ${seconds.toFixed(0)} s`].join('\n\n')}\n`;
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const started = performance.now();
  const log = (line: string) =>
    process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${line}\n`);
  const results: SuiteResult[] = [];
  for (const suite of args.suites) results.push(await suite.run({ sizes: args.sizes, log }));
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    args.json ? `${JSON.stringify(asJson(results, seconds), null, 2)}\n` : asTable(results, seconds),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exitCode = 1;
});
