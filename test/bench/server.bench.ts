import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { label } from './format';
import { summarize, type Timing } from './measure';
import type { BenchOptions, Figure, SuiteResult, Target } from './types';

// The reference Seat API as a child process (npm run serve, SEATGUARD_LARGE): a warm 200, a 304 and the
// bytes on the wire per tenant size, and a small tenant's p99 while the largest is fetched at 20 req/s.

const root = resolve(import.meta.dirname, '../..');
export const SERVER_SIZES = [25, 10_000, 100_000];
const AGENT = 'bench-agent';
/** The seeded 25-user tenant stands for the smallest size; every other size is a large-N tenant. */
const SMALL = 'qics-demo';
/** The small tenant asked for while the largest one is under load. */
const OTHER = 'am-demo';
const RUNS = { ok: 20, notModified: 100, load: 5 };
const LOAD = { rate: 20, seconds: 10, otherEveryMs: 20 };

const tenantOf = (users: number) => (users === 25 ? SMALL : `large-${users}`);

interface Served {
  url: string;
  child: ChildProcess;
}

/** Starts `tsx server/main.ts` on a free port over a fresh file and waits for its banner. */
async function serve(large: number[], dataFile: string): Promise<Served> {
  const env = {
    ...process.env,
    SEATGUARD_PORT: '0',
    SEATGUARD_DATA: dataFile,
    SEATGUARD_AGENT_TOKEN: AGENT,
    SEATGUARD_LARGE: large.join(','),
  };
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [tsx, join(root, 'server', 'main.ts')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((done, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /seatguard sandbox on (http:\/\/[\d.:]+)/.exec(out);
      if (found?.[1] && out.includes('Ctrl+C')) done(found[1]);
    });
    child.once('exit', (code) => fail(new Error(`the server exited (${code}) before it listened`)));
  });
  return { url, child };
}

interface Answer {
  status: number;
  ms: number;
  bytes: number;
  etag: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/** One GET over a kept-alive connection: status, time to the last byte, bytes on the wire. */
function get(url: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const options = { agent, headers: { Authorization: `Bearer ${AGENT}`, ...headers } };
    request(url, options, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('end', () =>
        done({
          status: response.statusCode ?? 0,
          ms: performance.now() - start,
          bytes,
          etag: String(response.headers.etag ?? ''),
        }),
      );
    })
      .on('error', fail)
      .end();
  });
}

const COMPRESSED = { 'Accept-Encoding': 'br, gzip' };

async function times(runs: number, call: () => Promise<Answer>, status: number): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const answer = await call();
    if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}`);
    samples.push(answer.ms);
  }
  return summarize(samples);
}

function figure(name: string, text: string, size: number, t: Timing, unit: Figure['unit'] = 'ms'): Figure {
  return { name, label: text, size, unit, median: t.median, p95: t.p95, runs: t.runs };
}

/** seats.200 (warm), seats.304 and seats.bytes for one tenant size. */
async function measureSize(url: string, users: number, log: BenchOptions['log']) {
  const seats = `${url}/v1/tenants/${tenantOf(users)}/seats`;
  log(`server: ${label(users)} users, first build`);
  const first = await get(seats, COMPRESSED);
  const identity = await get(seats, {});
  log(`server: ${label(users)} users, ${RUNS.ok} warm 200s and ${RUNS.notModified} 304s`);
  const ok = await times(RUNS.ok, () => get(seats, COMPRESSED), 200);
  const notModified = await times(RUNS.notModified, () => get(seats, { 'If-None-Match': first.etag }), 304);
  const kb = (bytes: number) => bytes / 1024;
  return {
    figures: [
      figure('seats.200', 'GET seats → 200, warm (br)', users, ok),
      figure('seats.304', 'GET seats → 304', users, notModified),
      {
        name: 'seats.bytes',
        label: 'seats body on the wire, br (kB)',
        size: users,
        unit: 'kB' as const,
        median: kb(first.bytes),
        p95: null,
        runs: 1,
      },
    ],
    note: `${label(users)} users: first build answered in ${first.ms.toFixed(0)} ms; body ${kb(first.bytes).toFixed(0)} kB br, ${kb(identity.bytes).toFixed(0)} kB identity`,
  };
}

/** The small tenant's p99 over one window in which the large tenant is fetched at LOAD.rate per second. */
async function loadWindow(url: string, users: number): Promise<number> {
  const large = `${url}/v1/tenants/${tenantOf(users)}/seats`;
  const other = `${url}/v1/tenants/${OTHER}/seats`;
  const end = performance.now() + LOAD.seconds * 1000;
  const heavy: Promise<Answer>[] = [];
  const fire = setInterval(() => heavy.push(get(large, COMPRESSED)), 1000 / LOAD.rate);
  const samples: number[] = [];
  try {
    while (performance.now() < end) {
      samples.push((await get(other, COMPRESSED)).ms);
      await sleep(LOAD.otherEveryMs);
    }
  } finally {
    clearInterval(fire);
  }
  await Promise.all(heavy);
  const sorted = samples.sort((a, b) => a - b);
  return sorted[Math.ceil(0.99 * sorted.length) - 1] ?? Number.NaN;
}

const TARGETS: Target[] = [
  { name: 'seats.304', size: 100_000, max: 10 },
  { name: 'seats.200', size: 100_000, max: 100 },
  { name: 'other.p99', size: 100_000, max: 50 },
];

export async function serverBench({ sizes = SERVER_SIZES, log }: BenchOptions): Promise<SuiteResult> {
  const dir = mkdtempSync(join(tmpdir(), 'seatguard-bench-server-'));
  const large = sizes.filter((n) => tenantOf(n) !== SMALL);
  log(`server: starting with SEATGUARD_LARGE=${large.join(',') || '(none)'} (seeding takes a while)`);
  const started = performance.now();
  const { url, child } = await serve(large, join(dir, 'db.sqlite'));
  const notes = [`server started and seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`];
  const figures: Figure[] = [];
  try {
    await get(`${url}/v1/tenants/${OTHER}/seats`, COMPRESSED);
    for (const users of sizes) {
      const result = await measureSize(url, users, log);
      figures.push(...result.figures);
      notes.push(result.note);
    }
    const largest = Math.max(...sizes);
    log(
      `server: ${OTHER} while ${label(largest)} is fetched at ${LOAD.rate}/s, ${RUNS.load} × ${LOAD.seconds} s`,
    );
    const p99s: number[] = [];
    for (let i = 0; i < RUNS.load; i += 1) p99s.push(await loadWindow(url, largest));
    figures.push(
      figure('other.p99', `${OTHER} p99 while ${LOAD.rate}/s fetch the largest`, largest, summarize(p99s)),
    );
    notes.push(
      `other.p99: ${OTHER} asked every ${LOAD.otherEveryMs} ms for ${LOAD.seconds} s while the largest tenant is fetched at ${LOAD.rate} req/s (br); median of ${RUNS.load} windows' p99`,
      'loopback HTTP/1.1 with keep-alive, the client in the bench process, the server a child process (tsx server/main.ts)',
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
    agent.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
  return { suite: 'server', sizeUnit: 'users', figures, targets: TARGETS, notes };
}
