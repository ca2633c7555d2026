import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer } from '../../server/start';
import { launchWithExtension } from '../e2e/browser';
import { summarize } from './measure';
import type { BenchOptions, Figure, SuiteResult } from './types';

// The extension in real Chromium (production build): panel paint with a warm cache, submit-to-dialog
// latency, Seat API requests of ten tabs of one tenant, and the store zip's size.

const root = resolve(import.meta.dirname, '../..');
const TENANTS = ['qics-demo', 'am-demo', 'echo-teams', 'echo-members', 'citizenlab-demo'];
const RUNS = 15;

function build(): number {
  const wxt = join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
  execFileSync(process.execPath, [wxt, 'zip'], { cwd: root, stdio: 'ignore' });
  const zip = readdirSync(join(root, '.output')).find((name) => name.endsWith('-chrome.zip'));
  if (!zip) throw new Error('wxt zip wrote no chrome zip');
  return statSync(join(root, '.output', zip)).size / 1024;
}

/** A pass-through proxy in front of the Seat API that counts seat requests. */
async function countingProxy(target: string): Promise<{ url: string; seats: () => number; close(): void }> {
  let seats = 0;
  const upstream = new URL(target);
  const server: Server = createServer((req, res) => {
    if (/^\/v1\/tenants\/[^/]+\/seats/.test(req.url ?? '')) seats += 1;
    const out = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(out);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seats: () => seats, close: () => server.close() };
}

async function panelCost(page: Page, url: string): Promise<number> {
  await page.goto(url);
  // No named functions inside evaluate: tsx's keepNames helper does not exist in the page.
  return page.evaluate(async () => {
    while (!performance.getEntriesByName('seatguard:panel').length)
      await new Promise((r) => setTimeout(r, 5));
    return performance.measure('panel', 'seatguard:start', 'seatguard:panel').duration;
  });
}

/** From the page's own submit event to the guard's dialog in the panel's shadow root. */
async function submitToDialog(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const root = document.querySelector('seatguard-panel')?.shadowRoot;
    const form = document.querySelector<HTMLFormElement>('form#user-create');
    if (!root || !form) throw new Error('no panel or form');
    const opened = new Promise<number>((done) => {
      const observer = new MutationObserver(() => {
        if (root.querySelector('dialog[open]')) {
          observer.disconnect();
          done(performance.now());
        }
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true });
    });
    let start = 0;
    window.addEventListener('submit', () => (start = performance.now()), { capture: true, once: true });
    form.requestSubmit();
    const end = await opened;
    root.querySelector<HTMLButtonElement>('dialog [part~="cancel"]')?.click();
    return end - start;
  });
}

export async function extensionBench({ log }: BenchOptions): Promise<SuiteResult> {
  log('extension: wxt zip (production build)');
  const zipKb = build();
  const dir = mkdtempSync(join(tmpdir(), 'seatguard-bench-'));
  const tokens = { agent: 'bench-agent', tenants: Object.fromEntries(TENANTS.map((t) => [t, `bench-${t}`])) };
  const server = await startServer({ port: 0, dataFile: join(dir, 'db.sqlite'), tokens });
  const proxy = await countingProxy(server.url);
  const browser = await launchWithExtension();
  try {
    const connections = Object.fromEntries(
      TENANTS.map((t) => [`sandbox-${t}`, { baseUrl: `${proxy.url}/`, token: `bench-${t}` }]),
    );
    await browser.worker.evaluate(
      (value) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({ connections: value }),
      connections,
    );
    const page = await browser.context.newPage();
    const users = `${server.url}/t/qics-demo/admin/users/new`;
    await panelCost(page, users);
    log('extension: panel paint with a warm cache');
    const paints: number[] = [];
    for (let i = 0; i < RUNS; i++) paints.push(await panelCost(page, users));
    log('extension: submit to dialog');
    const dialogs: number[] = [];
    for (let i = 0; i < RUNS; i++) dialogs.push(await submitToDialog(page));
    log('extension: ten tabs of one tenant');
    const before = proxy.seats();
    const tabs = await Promise.all(Array.from({ length: 10 }, () => browser.context.newPage()));
    await Promise.all(tabs.map((tab) => panelCost(tab, `${server.url}/t/echo-teams/admin/users`)));
    const tenTabs = proxy.seats() - before;
    const figure = (name: string, label: string, unit: Figure['unit'], samples: number[]): Figure => {
      const t = summarize(samples);
      return { name, label, size: 1, unit, median: t.median, p95: t.p95, runs: t.runs };
    };
    return {
      suite: 'extension',
      sizeUnit: 'page',
      figures: [
        figure('panel.warm', 'content script start → first panel paint, warm cache', 'ms', paints),
        figure('guard.dialog', 'submit → guard dialog open', 'ms', dialogs),
        {
          name: 'tabs.requests',
          label: 'Seat API requests, 10 tabs of one tenant, one refresh',
          size: 1,
          unit: 'ms',
          median: tenTabs,
          p95: null,
          runs: 1,
        },
        {
          name: 'zip.size',
          label: 'production zip (chrome)',
          size: 1,
          unit: 'kB',
          median: zipKb,
          p95: null,
          runs: 1,
        },
      ],
      targets: [
        { name: 'panel.warm', size: 1, max: 30 },
        { name: 'guard.dialog', size: 1, max: 5 },
        { name: 'tabs.requests', size: 1, max: 1 },
      ],
      notes: ['tabs.requests is a count of requests, not ms', `Chromium headless, ${RUNS} runs per timing`],
    };
  } finally {
    await browser.close();
    proxy.close();
    await server.close();
  }
}
