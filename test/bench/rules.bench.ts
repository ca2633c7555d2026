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
import { openDatabase } from '../../server/db/open';
import { seedLarge } from '../../server/db/seed';
import { BENCH_NOW, generateTenant } from '../../server/sandbox/generate';
import { largeTenantId } from '../../server/sandbox/large';
import { buildSeats } from '../../server/seats/build';
import { label } from './format';
import { collectGarbage, repeat, repeatCall, summarize, type Timing } from './measure';
import type { BenchOptions, Figure, SuiteResult, Target } from './types';

// The rules suite: prepareTenant, report() and check() on the Seat API bodies of generated tenants of 10k,
// 100k and 1M users, and how prepareTenant compares with the JSON.parse of the same body.

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

/**
 * The Seat API's body for the sandbox's large tenant of `users` users, byte for byte as the reference server
 * sends it (seeded into an in-memory database at BENCH_NOW, read and serialised by server/seats/build.ts):
 * the generated tenant with the names, e-mails and last activity an admin page shows.
 */
async function serverBody(users: number): Promise<string> {
  const db = openDatabase(':memory:');
  try {
    seedLarge(db, [users], new Date(BENCH_NOW));
    const built = await buildSeats(db, largeTenantId(users), BENCH_NOW);
    if (!built) throw new Error(`no tenant ${largeTenantId(users)} after seeding`);
    return new TextDecoder().decode(built.bodies.identity);
  } finally {
    db.close();
  }
}

async function workload(users: number): Promise<Workload> {
  const json = await serverBody(users);
  // The same generator and seed as the body's: its median team and a new user for the checks.
  const tenant = generateTenant(users);
  const teams = tenant.snapshot.teams?.length ?? 0;
  const mb = (json.length / 1e6).toFixed(1);
  return {
    users,
    json,
    addUser: { kind: 'add-user', user: tenant.newUser },
    archiveTeam: { kind: 'archive-team', id: tenant.typicalTeam },
    note: `${label(users)} users: ${teams} teams, archived team has ${tenant.typicalTeamMembers} members (median), input: the Seat API body of ${largeTenantId(users)}, ${mb} MB`,
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
    {
      name: 'prepare/json-parse',
      label: '  prepareTenant over JSON.parse, same input (×)',
      size: users,
      unit: 'ratio',
      median: prepare.median / summarize(s.jsonParse).median,
      p95: null,
      runs: 0,
    },
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

async function measureSize(
  users: number,
  log: BenchOptions['log'],
): Promise<{ figures: Figure[]; note: string }> {
  const plan = planFor(users);
  log(`rules: seeding ${label(users)} users and building their Seat API body`);
  const w = await workload(users);
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
  { name: 'prepare/json-parse', size: 100_000, max: 1.3 },
  { name: 'report.first', size: 100_000, max: 10 },
  { name: 'report', size: 100_000, max: 10 },
  { name: 'check.add-user', size: 100_000, max: 0.5 },
  { name: 'check.archive-team', size: 100_000, max: 0.5 },
];

/** Runs every measured call on a small tenant so that sizes measured first are not cold. */
async function warmUp(log: BenchOptions['log']): Promise<void> {
  log('rules: warming up on 5k users');
  const w = await workload(5000);
  const plan: Plan = { heavy: 0, zod: 0, stateless: 0, report: 0, check: 0, warmup: 5 };
  const heavy = heavyPhase(w, plan);
  if (heavy.prepared) preparedFigures(w, plan, heavy.prepared);
  statelessFigure(w, plan);
}

export async function rulesBench(options: BenchOptions): Promise<SuiteResult> {
  const figures: Figure[] = [];
  const notes: string[] = [];
  await warmUp(options.log);
  for (const users of options.sizes ?? RULES_SIZES) {
    const result = await measureSize(users, options.log);
    figures.push(...result.figures);
    notes.push(result.note);
    // Let the event loop breathe between sizes (and keep the suite async like the others).
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { suite: 'rules', sizeUnit: 'users', figures, targets: TARGETS, notes };
}
