import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { banner } from './banner';
import { configFromEnv } from './config';
import { WIDGET_BUILD } from './partner/widget-script';
import { largeListing } from './sandbox/large';
import { sandboxTenants } from './sandbox/tenants';
import { startServer } from './start';

// npm start: the sandbox server, the extension's sandbox flavour, and Chromium with it on the first tenant.

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output', 'chrome-mv3-sandbox');
const chromiumCandidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

function say(text: string): void {
  process.stdout.write(`${text}\n`);
}

function run(bin: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const stdio: ['ignore', 'ignore', 'inherit'] = ['ignore', 'ignore', 'inherit'];
  execFileSync(process.execPath, [join(root, 'node_modules', bin), ...args], { cwd: root, stdio, env });
}

/** The extension's sandbox flavour for the server at `url` (its Seat API base), and the widget /partner serves. */
function buildExtension(url: string): void {
  say('Building the extension (sandbox flavour) and the widget…');
  // The port the server really got (SEATGUARD_PORT=0 picks one), so the hand-loaded build knows it too.
  const port = new URL(url).port;
  run('wxt/bin/wxt.mjs', ['build', '--mode', 'sandbox'], { ...process.env, SEATGUARD_PORT: port });
  run('vite/bin/vite.js', ['build', '-c', 'widget/vite.config.ts', '--logLevel', 'warn']);
}

/** Points the extension at this server's actual URL and tokens (by adapter id), whatever the env changed. */
async function configure(
  context: BrowserContext,
  url: string,
  tokens: Record<string, string>,
): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const connections = Object.fromEntries(
    Object.entries(tokens).map(([adapter, token]) => [adapter, { baseUrl: `${url}/`, token }]),
  );
  // Runs inside the extension's service worker, where `chrome` exists.
  await worker.evaluate(
    (value) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({
        connections: value,
      }),
    connections,
  );
}

async function openBrowser(
  url: string,
  tokens: Record<string, string>,
  first: string,
): Promise<BrowserContext | null> {
  const executablePath = chromiumCandidates.find((path): path is string => !!path && existsSync(path));
  if (!executablePath) {
    say('Chromium not found (apt-get install -y chromium): load the extension by hand, see below.');
    return null;
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    say('No display here, so no browser window: load the unpacked extension by hand, see below.');
    return null;
  }
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'seatguard-demo-')), {
    executablePath,
    headless: false,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
    ],
  });
  await configure(context, url, tokens);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}/t/${first}/admin/users`);
  return context;
}

async function main(): Promise<void> {
  const config = configFromEnv(
    process.env,
    sandboxTenants.map((t) => t.id),
  );
  // The server first: a port in use stops the start at once, before a build overwrites the running one's.
  const server = await startServer(config);
  try {
    buildExtension(server.url);
  } catch (error) {
    await server.close();
    throw error;
  }
  const listed = [...sandboxTenants, ...(config.large ?? []).map(largeListing)];
  process.stdout.write(banner(server.url, listed, config.tokens, config.dataFile, existsSync(WIDGET_BUILD)));
  // One adapter serves every large tenant, so its connection needs a token that reads them all.
  const connections = {
    ...Object.fromEntries(Object.entries(config.tokens.tenants).map(([t, token]) => [`sandbox-${t}`, token])),
    ...(config.large?.length ? { 'sandbox-large': config.tokens.agent } : {}),
  };
  const browser = await openBrowser(server.url, connections, sandboxTenants[0]?.id ?? 'qics-demo');
  say(`\nExtension (unpacked): ${extensionDir}`);
  if (!browser)
    say('Open chrome://extensions, turn on Developer mode, "Load unpacked" and pick that folder.');
  const stop = () => {
    void Promise.all([browser?.close(), server.close()]).then(() => process.exit(0));
  };
  browser?.on('close', stop);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`seatguard: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
