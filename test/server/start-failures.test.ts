import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxTenants } from '../../server/sandbox/tenants';
import { type Sandbox, startSandbox } from './helpers';

// npm start and npm run serve as a newcomer meets them: a child process, its exit code and what it prints.

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

interface Run {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
}

function runScript(script: string, env: Record<string, string>, cwd = root): Run {
  const child = spawn(process.execPath, [tsx, join(root, 'server', script)], {
    cwd,
    // No display: npm start must not try to open a browser here.
    env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, out: () => out, err: () => err, exited };
}

let dir: string;
let running: Sandbox;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'seatguard-start-'));
  running = await startSandbox();
});

afterAll(async () => {
  await running?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('a port already in use', () => {
  const port = () => new URL(running.url).port;

  it.each(['main.ts', 'demo.ts'])(
    'server/%s says so in one sentence naming SEATGUARD_PORT, and exits non-zero',
    async (script) => {
      const run = runScript(script, {
        SEATGUARD_PORT: port(),
        SEATGUARD_DATA: join(dir, `${script}.sqlite`),
      });
      expect(await run.exited).toBe(1);
      expect(run.err()).toBe(
        `seatguard: port ${port()} on 127.0.0.1 is already in use, perhaps by another seatguard sandbox. ` +
          `Stop that one, or pick another port: SEATGUARD_PORT=${Number(port()) + 1} npm start\n`,
      );
      // No stack, and npm start stopped before building over the running sandbox's extension.
      expect(run.err()).not.toMatch(/\n\s+at /);
      expect(run.out()).not.toContain('Building');
    },
    30_000,
  );
});

describe('the sandbox without .wxt/', () => {
  // tsconfig.json extends .wxt/tsconfig.json (made by `wxt prepare`); without it tsx reads no tsconfig at
  // all, just as here, started from a folder that has none.
  let run: Run;
  let url: string;

  beforeAll(async () => {
    run = runScript('main.ts', { SEATGUARD_PORT: '0', SEATGUARD_DATA: join(dir, 'no-wxt.sqlite') }, dir);
    url = await new Promise<string>((done, fail) => {
      const timer = setInterval(() => {
        const found = /seatguard sandbox on (http:\/\/[\d.:]+)/.exec(run.out());
        if (found?.[1] && run.out().includes('Ctrl+C')) {
          clearInterval(timer);
          done(found[1]);
        }
      }, 50);
      void run.exited.then((code) => {
        clearInterval(timer);
        fail(new Error(`the server exited (${code}): ${run.err()}`));
      });
    });
  }, 30_000);

  afterAll(async () => {
    run?.child.kill('SIGTERM');
    await run?.exited;
  });

  const pages = [
    '/',
    '/partner',
    ...sandboxTenants.flatMap((t) => [`/t/${t.id}/admin/users`, `/t/${t.id}/admin/licence`]),
    '/t/qics-demo/admin/users/new',
    '/t/no-such-tenant/admin/users',
  ];
  it.each(pages)('renders %s as a whole page', async (path) => {
    const response = await fetch(`${url}${path}`);
    expect(response.status).toBeLessThan(500);
    const body = await response.text();
    expect(body).toMatch(/^<!doctype html><html[^>]*>[\s\S]*<h1[^>]*>[\s\S]+<\/html>$/);
    expect(run.err()).toBe('');
  });
});
