import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
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

/** The repo files a file imports by relative path (`./x`, `../y/index`); `import type` bundles nothing. */
function importsOf(file: string): string[] {
  const statements = read(file).matchAll(/\b(?:import|export)\s+(type\s+)?[^;]*?from '(\.{1,2}\/[^']+)'/g);
  return [...statements].flatMap(([, typeOnly, spec]) => {
    if (typeOnly) return [];
    const base = normalize(join(dirname(file), spec as string));
    const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((f) =>
      existsSync(join(root, f)),
    );
    return found ? [found] : [];
  });
}

/** Every repo file reachable from `entry` through relative imports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file));
  }
  return seen;
}

/** The extension's own words and code, which the widget must never carry. */
const EXTENSION_ONLY = /^lib\/(extension\/|i18n\/extension\/|i18n\/index\.ts$|view\/extension-words\.ts$)/;
const RUNTIMES = ['background', 'content', 'options', 'popup'];

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

  // tsx reads no tsconfig when .wxt/ (which tsconfig.json extends) is missing: each page says how it is compiled.
  it.each(filesUnder('server').filter((f) => f.endsWith('.tsx')))(
    '%s names its JSX runtime itself (the sandbox renders without .wxt/)',
    (file) => {
      expect(read(file)).toMatch(
        /^\/\*\* @jsxImportSource hono\/jsx \*\/\n\/\*\* @jsxRuntime automatic \*\/\n/,
      );
    },
  );

  it.each(filesUnder('lib'))('%s (lib) never imports components/', (file) => {
    for (const target of importsOf(file)) expect(target).not.toMatch(/^components\//);
  });

  it('the widget never reaches the extension: its catalogue, its words, lib/extension', () => {
    const carried = [...reachable('widget/index.ts')].filter((file) => EXTENSION_ONLY.test(file));
    expect(carried).toEqual([]);
  });

  it('the widget never carries the extension’s launcher and dock: it renders the panel inline', () => {
    const carried = [...reachable('widget/index.ts')].filter((file) =>
      /^(components\/(Dock|Launcher|dock-styles)\.tsx?|lib\/view\/dock\.ts)$/.test(file),
    );
    expect(carried).toEqual([]);
  });

  it('lib/extension holds one folder per runtime plus shared/, and nothing loose', () => {
    const entries = readdirSync(join(root, 'lib/extension')).sort();
    expect(entries).toEqual([...RUNTIMES, 'shared'].sort());
  });

  it.each(
    RUNTIMES.flatMap((runtime) => filesUnder(`lib/extension/${runtime}`).map((file) => [file, runtime])),
  )('%s imports no other runtime’s folder, only shared/', (file, runtime) => {
    for (const target of importsOf(file)) {
      const other = RUNTIMES.find((r) => r !== runtime && target.startsWith(`lib/extension/${r}/`));
      expect(other, `${file} → ${target}`).toBeUndefined();
    }
  });

  it.each(
    RUNTIMES.flatMap((runtime) => filesUnder(`lib/extension/${runtime}`).map((file) => [file, runtime])),
  )('%s does not repeat its folder in its name', (file, runtime) => {
    expect(file.split('/').at(-1)).not.toMatch(new RegExp(`^${runtime}-`));
  });
});
