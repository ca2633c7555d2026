import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { sandboxApiBase } from '../../lib/hosts';

// The extension's sandbox flavour, built as npm start builds it, into a temp folder: its one Seat API base
// follows SEATGUARD_PORT, and the production build knows no sandbox token.

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'seatguard-flavour-'));
const run = promisify(execFile);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every script of a build as one text. */
function scriptsOf(folder: string): string {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n');
}

/** `wxt build` with the repo's config but its own output folder, so a running npm start keeps its build. */
async function build(mode: 'sandbox' | 'production', env: Record<string, string>): Promise<string> {
  const outDir = join(dir, `${mode}-${Object.values(env).join('-') || 'default'}`);
  const config = join(dir, `${mode}.config.mjs`);
  writeFileSync(
    config,
    `import base from ${JSON.stringify(join(root, 'wxt.config.ts'))};\nexport default { ...base, outDir: ${JSON.stringify(outDir)} };\n`,
  );
  const wxt = join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
  const args = [wxt, 'build', '-c', config, '-e', 'background', '-e', 'options', '--mode', mode];
  await run(process.execPath, args, { cwd: root, env: { ...process.env, SEATGUARD_PORT: '', ...env } });
  const [folder] = readdirSync(outDir).filter((name) => name.startsWith('chrome-mv3'));
  return scriptsOf(join(outDir, folder ?? ''));
}

describe('the Seat API base of the sandbox', () => {
  it('is one base for every sandbox adapter and its preset, from SEATGUARD_PORT', () => {
    expect(sandboxApiBase(undefined)).toBe('http://127.0.0.1:5178/');
    expect(sandboxApiBase('')).toBe('http://127.0.0.1:5178/');
    expect(sandboxApiBase('6123')).toBe('http://127.0.0.1:6123/');
  });

  it.each(['0', 'abc', '70000', '51 78'])('SEATGUARD_PORT=%s stops the build with a sentence', (port) => {
    expect(() => sandboxApiBase(port)).toThrow(`SEATGUARD_PORT=${JSON.stringify(port)} is not a port`);
  });

  it('is baked into the sandbox flavour at build time, with the tokens', async () => {
    const scripts = await build('sandbox', { SEATGUARD_PORT: '6123' });
    expect(scripts).toContain('http://127.0.0.1:6123/');
    expect(scripts).not.toContain('127.0.0.1:5178');
    expect(scripts).toContain('sandbox-agent');
  }, 120_000);

  it('stays the default in the production build, which knows no sandbox token', async () => {
    const scripts = await build('production', { SEATGUARD_PORT: '6123' });
    expect(scripts).toContain('http://127.0.0.1:5178/');
    expect(scripts).not.toContain('6123');
    expect(scripts).not.toMatch(/sandbox-agent|sandbox-qics-demo/);
  }, 120_000);
});
