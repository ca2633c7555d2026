import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { largeTenantId } from '../../server/sandbox/large';
import { startServer } from '../../server/start';
import {
  CHROMIUM_ARGS,
  chromiumPath,
  E2E_PORT,
  type ExtensionBrowser,
  launchWithExtension,
} from '../e2e/browser';
import { type CountingProxy, countingProxy } from './counting-proxy';
import { formatMs, label } from './format';
import { summarize } from './measure';
import { HEARTBEAT, longestStall, panelPainted, submitToDialog } from './page-probes';
import { type ScriptStart, traceScriptStart } from './script-trace';
import type { BenchOptions, Figure, SuiteResult, Target, Unit } from './types';
import {
  currentWorker,
  forgetTenant,
  takeLargestMessage,
  watchPortMessages,
  writeConnections,
} from './worker-probes';

// The extension in real Chromium (production build) against the reference server in this process, at 25
// users (qics-demo) and the large sandbox tenants: panel paint warm and cold, the host page's longest stall,
// the first guard dialog, the largest message into the page, the content script's start-up task; and the
// Seat API requests of ten tabs of one tenant and the store zip's size.

const root = resolve(import.meta.dirname, '../..');
export const EXTENSION_SIZES = [25, 10_000, 100_000];
/** The seeded 25-user tenant stands for the smallest size; every other size is a large-N tenant. */
const SMALL = 'qics-demo';
const SANDBOX = ['qics-demo', 'am-demo', 'echo-teams', 'echo-members', 'citizenlab-demo'];
/** Opened in ten tabs through the counting proxy; nothing else visits it. */
const TABS_TENANT = 'echo-teams';
const AGENT = 'bench-agent';
const RUNS = 9;
/** The bare page is watched from navigation until this long after its load event (ms). */
const BARE_WINDOW_MS = 300;

const tenantOf = (users: number) => (users === 25 ? SMALL : largeTenantId(users));
const adapterOf = (users: number) => (users === 25 ? `sandbox-${SMALL}` : 'sandbox-large');

function buildZip(): number {
  const wxt = join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
  execFileSync(process.execPath, [wxt, 'zip'], { cwd: root, stdio: 'ignore' });
  // Timed runs use the e2e flavour: the store build knows no sandbox pages (issue 13), the e2e one the e2e port's.
  execFileSync(process.execPath, [wxt, 'build', '--mode', 'e2e'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, SEATGUARD_PORT: String(E2E_PORT) },
  });
  const zip = readdirSync(join(root, '.output')).find((name) => name.endsWith('-chrome.zip'));
  if (!zip) throw new Error('wxt zip wrote no chrome zip');
  return statSync(join(root, '.output', zip)).size / 1024;
}

/** Builds every tenant's seats body and admin page once, so no timed visit waits for the server's first build. */
async function warmServer(base: string, users: readonly number[]): Promise<void> {
  for (const n of users) {
    const seats = await fetch(`${base}/v1/tenants/${tenantOf(n)}/seats`, {
      headers: { Authorization: `Bearer ${AGENT}` },
    });
    if (!seats.ok) throw new Error(`seats of ${tenantOf(n)} answered ${seats.status}`);
    await seats.arrayBuffer();
    await (await fetch(usersNewUrl(base, n))).text();
  }
}

const usersNewUrl = (base: string, users: number) => `${base}/t/${tenantOf(users)}/admin/users/new`;

interface Samples {
  cold: number[];
  coldStall: number[];
  /** Cold visits with the HTTP cache cleared too, and with it V8's code cache: a browser's very first visit. */
  blank: number[];
  blankStall: number[];
  warm: number[];
  stall: number[];
  firstDialog: number[];
  dialog: number[];
  scriptStart: number[];
  /** The longest message into a page over every visit (characters of its JSON). */
  largest: number;
  visits: number;
}

interface Run {
  ext: ExtensionBrowser;
  page: Page;
  base: string;
  log: BenchOptions['log'];
}

/** Navigates and waits for seat data in the panel; the port watcher is (re)installed first and read after. */
async function visit(run: Run, url: string, samples: Samples): Promise<number> {
  await watchPortMessages(await currentWorker(run.ext.context, run.ext.extensionId));
  await run.page.goto(url);
  const painted = await panelPainted(run.page);
  const worker = await currentWorker(run.ext.context, run.ext.extensionId);
  samples.largest = Math.max(samples.largest, await takeLargestMessage(worker));
  samples.visits += 1;
  return painted;
}

async function clearHttpCache(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
}

/**
 * A first visit: nothing in the background's memory and no kept view. With `blank`, the HTTP cache is
 * cleared too, which also drops V8's code cache of the content script (Chromium keeps it there).
 */
async function coldVisit(run: Run, users: number, samples: Samples, blank: boolean): Promise<void> {
  // Away first: an open page of the tenant would reconnect and reload it before the timed visit.
  await run.page.goto('about:blank');
  await forgetTenant(await currentWorker(run.ext.context, run.ext.extensionId), adapterOf(users));
  if (blank) await clearHttpCache(run.ext.context, run.page);
  const painted = await visit(run, usersNewUrl(run.base, users), samples);
  const stall = await longestStall(run.page);
  (blank ? samples.blank : samples.cold).push(painted);
  (blank ? samples.blankStall : samples.coldStall).push(stall);
}

/** A visit with the tenant in the background's memory: paint, then a guarded submit and its dialog. */
async function warmVisit(run: Run, users: number, samples: Samples): Promise<void> {
  samples.warm.push(await visit(run, usersNewUrl(run.base, users), samples));
  samples.firstDialog.push(await submitToDialog(run.page));
  samples.stall.push(await longestStall(run.page));
}

async function measureSize(run: Run, users: number): Promise<Samples> {
  const samples: Samples = {
    cold: [],
    coldStall: [],
    blank: [],
    blankStall: [],
    warm: [],
    stall: [],
    firstDialog: [],
    dialog: [],
    scriptStart: [],
    largest: 0,
    visits: 0,
  };
  const url = usersNewUrl(run.base, users);
  const name = `${label(users)} (${tenantOf(users)})`;
  run.log(`extension: ${name} cold × ${RUNS}`);
  // One untimed first visit: the background's code and the tenant's page are then no longer new.
  await visit(run, url, samples);
  for (let i = 0; i < RUNS; i += 1) await coldVisit(run, users, samples, false);
  run.log(`extension: ${name} cold, HTTP and code caches cleared too, × ${RUNS}`);
  for (let i = 0; i < RUNS; i += 1) await coldVisit(run, users, samples, true);
  run.log(`extension: ${name} warm × ${RUNS}, with a guarded submit each`);
  await visit(run, url, samples);
  for (let i = 0; i < RUNS; i += 1) await warmVisit(run, users, samples);
  for (let i = 0; i < RUNS; i += 1) samples.dialog.push(await submitToDialog(run.page));
  run.log(`extension: ${name} content script start-up, traced × ${RUNS}`);
  for (let i = 0; i < RUNS; i += 1) {
    const traced = await traceScriptStart(run.ext.context, run.page, () => visit(run, url, samples));
    samples.scriptStart.push(traced.taskMs);
  }
  return samples;
}

/** Seat API requests while ten tabs of one tenant open at once (through the counting proxy). */
async function tenTabs(run: Run, proxySeats: () => number): Promise<number> {
  const before = proxySeats();
  const tabs = await Promise.all(Array.from({ length: 10 }, () => run.ext.context.newPage()));
  await Promise.all(
    tabs.map(async (tab) => {
      await tab.goto(`${run.base}/t/${TABS_TENANT}/admin/users`);
      await panelPainted(tab);
    }),
  );
  const count = proxySeats() - before;
  await Promise.all(tabs.map((tab) => tab.close()));
  return count;
}

interface Bare {
  stalls: Map<number, number[]>;
  /** The longest stall of the fresh profile's very first visit. */
  firstVisit: number;
}

/** The same pages in a Chromium without the extension: what the host page stalls on its own. */
async function barePages(base: string, sizes: readonly number[], log: BenchOptions['log']): Promise<Bare> {
  log('extension: the same pages without the extension');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.addInitScript({ content: HEARTBEAT });
    const load = async (url: string) => {
      await page.goto(url);
      await page.waitForTimeout(BARE_WINDOW_MS);
      return longestStall(page);
    };
    const firstVisit = await load(usersNewUrl(base, sizes[0] ?? 25));
    const stalls = new Map<number, number[]>();
    for (const users of sizes) {
      await load(usersNewUrl(base, users));
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i += 1) samples.push(await load(usersNewUrl(base, users)));
      stalls.set(users, samples);
    }
    return { stalls, firstVisit };
  } finally {
    await browser.close();
  }
}

function figure(name: string, text: string, size: number, unit: Unit, samples: readonly number[]): Figure {
  const t = summarize(samples);
  return { name, label: text, size, unit, median: t.median, p95: t.p95, runs: t.runs };
}

function single(name: string, text: string, size: number, unit: Unit, value: number, runs = 1): Figure {
  return { name, label: text, size, unit, median: value, p95: null, runs };
}

function sizeFigures(users: number, s: Samples, bare: readonly number[]): Figure[] {
  return [
    figure('panel.warm', 'navigation → panel painted, tenant in memory', users, 'ms', s.warm),
    figure('panel.cold', 'navigation → panel painted, first visit', users, 'ms', s.cold),
    figure('panel.cold.blank', '  the same, HTTP + code caches cleared too', users, 'ms', s.blank),
    figure('page.freeze', 'longest page stall, warm visit + guarded submit', users, 'ms', s.stall),
    figure('page.freeze.bare', '  the same page without the extension', users, 'ms', bare),
    figure('page.freeze.cold', 'longest page stall, first visit until painted', users, 'ms', s.coldStall),
    figure('page.freeze.blank', '  the same, HTTP + code caches cleared too', users, 'ms', s.blankStall),
    figure('guard.first-dialog', 'first submit after load → dialog open', users, 'ms', s.firstDialog),
    figure('guard.dialog', 'later submits on the page → dialog open', users, 'ms', s.dialog),
    single('port.bytes', 'largest message into the page (kB)', users, 'kB', s.largest / 1024, s.visits),
    figure('script.start', 'content script start-up task (trace)', users, 'ms', s.scriptStart),
  ];
}

function targetsFor(sizes: readonly number[]): Target[] {
  return [
    { name: 'panel.warm', size: 10_000, max: 100 },
    { name: 'panel.warm', size: 100_000, max: 300 },
    { name: 'panel.cold', size: 100_000, max: 1500 },
    { name: 'page.freeze', size: 100_000, max: 50 },
    { name: 'guard.first-dialog', size: 100_000, max: 10 },
    { name: 'port.bytes', size: 100_000, max: 100 },
    ...sizes.map((size) => ({ name: 'script.start', size, max: 30 })),
    { name: 'tabs.requests', size: sizes[0] ?? 25, max: 1 },
  ];
}

function notes(sizes: readonly number[], first: ScriptStart, warmStarts: number[], bare: Bare): string[] {
  const warm = summarize(warmStarts).median;
  return [
    `sizes: ${sizes.map((n) => `${label(n)} = ${tenantOf(n)}`).join(', ')}; users/new page of each; median (p95) of ${RUNS} runs; Chromium headless, reference server in this process (warmed: every body and page built before timing)`,
    'panel.*: the seatguard:panel mark’s startTime (from navigation start); cold: from about:blank (a fresh renderer, as a new tab), the host’s connection removed and added again and view:* cleared (the background forgets as in the product); *.blank: the HTTP cache cleared as well (CDP), which drops V8’s code cache of the content script too, as on a browser’s very first visit',
    `page.freeze: longest gap of a 10 ms heartbeat (init script, before any page script) minus its period, from navigation until after the guarded submit’s dialog; bare: the same page in a Chromium without the extension, navigation until load + ${BARE_WINDOW_MS} ms; a fresh profile’s first bare visit stalled ${formatMs(bare.firstVisit)} ms`,
    `script.start: the trace task (RunTask) that evaluates content-scripts/seats.js, warm code cache; the browser’s first run (cold code cache) took ${formatMs(first.taskMs)} ms (compile ${formatMs(first.compileMs)} ms) against a warm median of ${formatMs(warm)} ms across sizes`,
    'port.bytes: longest JSON.stringify(message) the background posted into a page over every visit (cold and warm), via a Port wrapper the bench adds in the service worker',
    `tabs.requests: a count of Seat API requests (${TABS_TENANT}, 10 tabs at once, one refresh); zip.size: the production chrome zip`,
  ];
}

/** Everything in the browser with the extension: the first traced visit, each size, the ten tabs. */
async function withExtension(
  base: string,
  proxy: CountingProxy,
  sizes: readonly number[],
  log: BenchOptions['log'],
): Promise<{ first: ScriptStart; measured: Map<number, Samples>; requests: number }> {
  const ext = await launchWithExtension();
  try {
    const connections = {
      ...Object.fromEntries(
        SANDBOX.map((t) => [`sandbox-${t}`, { baseUrl: `${base}/`, token: `bench-${t}` }]),
      ),
      [`sandbox-${TABS_TENANT}`]: { baseUrl: `${proxy.url}/`, token: `bench-${TABS_TENANT}` },
      // One adapter serves every large tenant, so its connection has the agent's token (as npm start's).
      'sandbox-large': { baseUrl: `${base}/`, token: AGENT },
    };
    await writeConnections(ext.worker, connections);
    const page = await ext.context.newPage();
    await page.addInitScript({ content: HEARTBEAT });
    const run: Run = { ext, page, base, log };
    log('extension: the first visit, traced (cold code cache)');
    const first = await traceScriptStart(ext.context, page, async () => {
      await page.goto(usersNewUrl(base, sizes[0] ?? 25));
      await panelPainted(page);
    });
    const measured = new Map<number, Samples>();
    for (const users of sizes) measured.set(users, await measureSize(run, users));
    log('extension: ten tabs of one tenant');
    const requests = await tenTabs(run, proxy.seats);
    return { first, measured, requests };
  } finally {
    await ext.close();
  }
}

export async function extensionBench({ sizes = EXTENSION_SIZES, log }: BenchOptions): Promise<SuiteResult> {
  log('extension: wxt zip (production build) and the e2e flavour');
  const zipKb = buildZip();
  const dir = mkdtempSync(join(tmpdir(), 'seatguard-bench-'));
  const large = sizes.filter((n) => tenantOf(n) !== SMALL);
  const tokens = { agent: AGENT, tenants: Object.fromEntries(SANDBOX.map((t) => [t, `bench-${t}`])) };
  log(`extension: starting the server with large tenants ${large.map(label).join(', ') || '(none)'}`);
  const started = performance.now();
  const server = await startServer({ port: E2E_PORT, dataFile: join(dir, 'db.sqlite'), tokens, large });
  let proxy: CountingProxy | undefined;
  try {
    await warmServer(server.url, sizes);
    log(`extension: server seeded and warm in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    proxy = await countingProxy(server.url);
    const { first, measured, requests } = await withExtension(server.url, proxy, sizes, log);
    // After the extension's browser closed, so that the two never share the machine's two cores.
    const bare = await barePages(server.url, sizes, log);
    const figures = [...measured].flatMap(([users, samples]) =>
      sizeFigures(users, samples, bare.stalls.get(users) ?? []),
    );
    const smallest = sizes[0] ?? 25;
    figures.push(
      single(
        'tabs.requests',
        'Seat API requests, 10 tabs of one tenant (count)',
        smallest,
        'count',
        requests,
      ),
      single('zip.size', 'production zip, chrome (kB)', smallest, 'kB', zipKb),
    );
    const starts = [...measured.values()].flatMap((s) => s.scriptStart);
    return {
      suite: 'extension',
      sizeUnit: 'users',
      figures,
      targets: targetsFor(sizes),
      notes: notes(sizes, first, starts, bare),
    };
  } finally {
    proxy?.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
