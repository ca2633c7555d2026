import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The Firefox build (issue 5/5): it builds, web-ext lint finds no error, and it asks for what Chromium does.

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, '.output', 'firefox-mv3');

interface LintReport {
  summary: { errors: number; warnings: number };
  errors: { code: string; message: string }[];
}

beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build', '-b', 'firefox'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
});

describe('the Firefox build', () => {
  it('passes web-ext lint without errors', () => {
    const bin = join(root, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
    const out = execFileSync(
      process.execPath,
      [bin, 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(out) as LintReport;
    expect(report.errors).toEqual([]);
  });

  it.each([
    ['manifest_version', 3],
    ['permissions', ['storage', 'contextMenus']],
    ['optional_host_permissions', ['https://*/*', 'http://*/*']],
    ['optional_permissions', ['scripting']],
  ])('manifest %s is %j', (key, value) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest[key]).toEqual(value);
  });

  it('has a gecko id and declares no data collection', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      id: expect.stringContaining('@'),
      data_collection_permissions: { required: ['none'] },
    });
  });
});
