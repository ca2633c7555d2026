import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

/** The store build: no sandbox adapters, no local hosts (issue 13); its manifest and bundle are checked. */
export const PRODUCTION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
/** The e2e flavour (`npm run build:e2e`): the sandbox's adapters on the tests' own port only. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
/** The sandbox server's port in the browser tests: the e2e flavour runs on its pages only (package.json). */
export const E2E_PORT = 5187;
const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's Chromium; browser downloads do not work on this machine. */
export function chromiumPath(): string {
  const found = CHROMIUM_CANDIDATES.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('Chromium not found: run `apt-get install -y chromium` or set CHROMIUM_PATH.');
  return found;
}

/** Flags of every Chromium the tests and benchmarks start: quiet, headless-friendly, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Real Chromium with a build of the extension loaded (the e2e flavour by default), in a throwaway profile. */
export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:e2e\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'seatguard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_ARGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
