import { performance } from 'node:perf_hooks';
import * as z from 'zod/mini';
import {
  type ChangeInput,
  check,
  Policy,
  type PolicyInput,
  type PreparedTenant,
  prepareTenant,
  type SnapshotInput,
} from '../../lib/rules';
import { parseSnapshot } from '../../lib/rules/fast-parse';
import { BENCH_NOW, generateTenant } from '../../server/sandbox/generate';
import { label } from './format';
import { collectGarbage, repeat, repeatCall, summarize, type Timing } from './measure';
import type { BenchOptions, Figure, SuiteResult, Target } from './types';

// The rules suite: prepareTenant, report() and check() on generated tenants of 10k, 100k and 1M users.

export const RULES_SIZES = [10_000, 100_000, 1_000_000];

const opts = { now: BENCH_NOW };

interface Plan {
  /** Timed runs of the heavy phase (JSON.parse, prepare, first report, zod parse). */
  heavy: number;
  /** Of those, how many also time zod's parse alone (for the parse/index split). */
  zod: number;
  stateless: number;
  report: number;
  check: number;
  /** Untimed runs before the heavy and stateless phases; the suite warms up on a small tenant first. */
  warmup: number;
}

function planFor(users: number): Plan {
  if (users >= 1_000_000) return { heavy: 2, zod: 1, stateless: 1, report: 10, check: 1000, warmup: 0 };
  if (users >= 100_000) return { heavy: 5, zod: 3, stateless: 3, report: 50, check: 2000, warmup: 1 };
  return { heavy: 10, zod: 5, stateless: 5, report: 200, check: 2000, warmup: 1 };
}

interface Input {
  policy: PolicyInput;
  snapshot: SnapshotInput;
}

interface Workload {
  users: number;
  json: string;
  addUser: ChangeInput;
  archiveTeam: ChangeInput;
  note: string;
}

function workload(users: number): Workload {
  const tenant = generateTenant(users);
  const json = JSON.stringify({ policy: tenant.policy, snapshot: tenant.snapshot });
  const teams = tenant.snapshot.teams?.length ?? 0;
  const mb = (json.length / 1e6).toFixed(1);
  return {
    users,
    json,
    addUser: { kind: 'add-user', user: tenant.newUser },
    archiveTeam: { kind: 'archive-team', id: tenant.typicalTeam },
    note: `${label(users)} users: ${teams} teams, archived team has ${tenant.typicalTeamMembers} members (median), input JSON ${mb} MB`,
  };
}

const elapsed = (start: number) => performance.now() - start;

interface HeavySamples {
  jsonParse: number[];
  prepare: number[];
  reportFirst: number[];
  zodParse: number[];
  prepared: PreparedTenant | null;
}

/** The validation prepareTenant does: the policy through zod, the snapshot through its fast path. */
function timeZodParse(input: Input): number {
  collectGarbage();
  const start = performance.now();
  z.safeParse(Policy, input.policy);
  parseSnapshot(input.snapshot);
  return elapsed(start);
}

function heavyRun(w: Workload, out: HeavySamples, timed: boolean, withZod: boolean): void {
  out.prepared = null;
  let start = performance.now();
  const input = JSON.parse(w.json) as Input;
  const jsonMs = elapsed(start);
  collectGarbage();
  start = performance.now();
  const prepared = prepareTenant(input.policy, input.snapshot);
  const prepareMs = elapsed(start);
  start = performance.now();
  prepared.report(opts);
  const reportMs = elapsed(start);
  out.prepared = prepared;
  const zodMs = withZod ? timeZodParse(input) : null;
  if (!timed) return;
  out.jsonParse.push(jsonMs);
  out.prepare.push(prepareMs);
  out.reportFirst.push(reportMs);
  if (zodMs !== null) out.zodParse.push(zodMs);
}

/** JSON.parse, prepareTenant on that fresh input, its first report(), and zod's parse alone. */
function heavyPhase(w: Workload, plan: Plan): HeavySamples {
  const out: HeavySamples = { jsonParse: [], prepare: [], reportFirst: [], zodParse: [], prepared: null };
  for (let i = 0; i < plan.warmup + plan.heavy; i += 1) {
    const run = i - plan.warmup;
    heavyRun(w, out, run >= 0, run < plan.zod);
  }
  return out;
}

function figure(name: string, text: string, size: number, t: Timing): Figure {
  return { name, label: text, size, unit: 'ms', median: t.median, p95: t.p95, runs: t.runs };
}

function heavyFigures(users: number, s: HeavySamples): Figure[] {
  const prepare = summarize(s.prepare);
  const zod = summarize(s.zodParse);
  return [
    figure('json-parse', 'JSON.parse of the input (not in prepare)', users, summarize(s.jsonParse)),
    figure('prepare', 'prepareTenant (parse + index)', users, prepare),
    figure('prepare.zod-parse', '  of which validation', users, zod),
    {
      name: 'prepare.index',
      label: '  of which indexing (difference)',
      size: users,
      unit: 'ms',
      median: prepare.median - zod.median,
      p95: null,
      runs: 0,
    },
    figure('report.first', 'report(), first on a prepared tenant', users, summarize(s.reportFirst)),
  ];
}

function preparedFigures(w: Workload, plan: Plan, prepared: PreparedTenant): Figure[] {
  const { users } = w;
  const warm = 20;
  return [
    figure(
      'report',
      'report(), again',
      users,
      repeatCall(plan.report, warm, () => prepared.report(opts)),
    ),
    figure(
      'check.add-user',
      'prepared check(add-user)',
      users,
      repeatCall(plan.check, warm * 20, () => prepared.check(w.addUser, opts)),
    ),
    figure(
      'check.archive-team',
      'prepared check(archive-team)',
      users,
      repeatCall(plan.check, warm * 20, () => prepared.check(w.archiveTeam, opts)),
    ),
  ];
}

function statelessFigure(w: Workload, plan: Plan): Figure {
  const timing = repeat(
    { runs: plan.stateless, warmup: plan.warmup, gc: true, setup: () => JSON.parse(w.json) as Input },
    (input) => check(input.policy, input.snapshot, w.addUser, opts),
  );
  return figure('check.stateless', 'stateless check(add-user)', w.users, timing);
}

function measureSize(users: number, log: BenchOptions['log']): { figures: Figure[]; note: string } {
  const plan = planFor(users);
  log(`rules: generating ${label(users)} users`);
  const w = workload(users);
  log(`rules: ${label(users)} prepare × ${plan.warmup}+${plan.heavy}`);
  const heavy = heavyPhase(w, plan);
  if (!heavy.prepared) throw new Error('no prepared tenant');
  log(`rules: ${label(users)} report and checks`);
  const figures = [...heavyFigures(users, heavy), ...preparedFigures(w, plan, heavy.prepared)];
  heavy.prepared = null;
  log(`rules: ${label(users)} stateless check × ${plan.warmup}+${plan.stateless}`);
  figures.push(statelessFigure(w, plan));
  return { figures, note: w.note };
}

const TARGETS: Target[] = [
  { name: 'prepare', size: 100_000, max: 150 },
  { name: 'report.first', size: 100_000, max: 10 },
  { name: 'report', size: 100_000, max: 10 },
  { name: 'check.add-user', size: 100_000, max: 0.5 },
  { name: 'check.archive-team', size: 100_000, max: 0.5 },
];

/** Runs every measured call on a small tenant so that sizes measured first are not cold. */
function warmUp(log: BenchOptions['log']): void {
  log('rules: warming up on 5k users');
  const w = workload(5000);
  const plan: Plan = { heavy: 0, zod: 0, stateless: 0, report: 0, check: 0, warmup: 5 };
  const heavy = heavyPhase(w, plan);
  if (heavy.prepared) preparedFigures(w, plan, heavy.prepared);
  statelessFigure(w, plan);
}

export async function rulesBench(options: BenchOptions): Promise<SuiteResult> {
  const figures: Figure[] = [];
  const notes: string[] = [];
  warmUp(options.log);
  for (const users of options.sizes ?? RULES_SIZES) {
    const result = measureSize(users, options.log);
    figures.push(...result.figures);
    notes.push(result.note);
    // Let the event loop breathe between sizes (and keep the suite async like the others).
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { suite: 'rules', sizeUnit: 'users', figures, targets: TARGETS, notes };
}
