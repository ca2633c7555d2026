import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { models } from '../lib/rules';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function filesUnder(dir: string): string[] {
  const full = join(root, dir);
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => /\.tsx?$/.test(path));
}

describe('conventions (architecture.md)', () => {
  const modelFiles = filesUnder('lib/rules/models').filter((f) => !/\/(index|types)\.ts$/.test(f));

  it.each(modelFiles)('%s is registered in models/index.ts', (file) => {
    const name = relative('lib/rules/models', file).replace(/\.ts$/, '');
    expect(read('lib/rules/models/index.ts')).toContain(`from './${name}'`);
  });

  it('every counts kind has a model and is exercised by the table tests', () => {
    const tests = filesUnder('test/lib/rules').map(read).join('\n');
    expect(modelFiles).toHaveLength(Object.keys(models).length);
    for (const kind of Object.keys(models)) expect(tests).toContain(`kind: '${kind}'`);
  });

  const adapterFiles = filesUnder('lib/hosts/adapters').filter((f) => !f.endsWith('/sandbox.ts'));
  it.each(adapterFiles)('%s is a registered built-in adapter', (file) => {
    const name = relative('lib/hosts', file).replace(/\.ts$/, '');
    expect(read('lib/hosts/index.ts')).toContain(`from './${name}'`);
  });

  const portable = [...filesUnder('lib'), ...filesUnder('components')].filter(
    (f) => !f.startsWith('lib/extension/'),
  );
  it.each(portable)('%s never imports WXT or the browser API', (file) => {
    const source = read(file);
    expect(source).not.toMatch(/from ['"](wxt|#imports|@wxt-dev)[/'"]/);
    expect(source).not.toMatch(/\b(browser|chrome)\.(runtime|storage|tabs|permissions)\b/);
  });

  it.each(filesUnder('lib/rules'))('%s imports only zod and its own folder', (file) => {
    for (const [, spec] of read(file).matchAll(/from '([^']+)'/g)) expect(spec).toMatch(/^(zod\/|\.\.?\/)/);
  });

  it.each([...portable, ...filesUnder('entrypoints'), ...filesUnder('server'), ...filesUnder('widget')])(
    '%s leaves no console.log behind',
    (file) => {
      expect(read(file)).not.toMatch(/console\.log\(/);
    },
  );
});
