import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifySync } from 'rolldown/utils';
import { build, type Plugin } from 'vite';
import { ESM, GZIP_BUDGET_KB, IIFE, ISSUE_TARGET_KB, sizesOf } from '../widget/bundle';
import type { BenchOptions, Figure, SuiteResult } from './types';

// The <seat-usage> builds' sizes next to the budget, and what weighs what in the IIFE.

const root = resolve(import.meta.dirname, '../..');

/** The part of the project or the package a module belongs to. */
function areaOf(id: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];
  if (pkg) return pkg;
  const path = id.replace(`${root}/`, '');
  if (/^(components|widget)\/styles\.ts$/.test(path)) return 'styles (components + widget)';
  if (path.startsWith('lib/i18n/panel/')) return 'lib/i18n catalogues (panel)';
  return path.startsWith('lib/') ? path.split('/').slice(0, 2).join('/') : (path.split('/')[0] ?? path);
}

/** Collects the rendered code of every module of the IIFE, by area. */
function collect(areas: Map<string, string>): Plugin {
  return {
    name: 'bench:areas',
    generateBundle(options, bundle) {
      if (options.format !== 'iife') return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(chunk.modules)) {
          const area = areaOf(id);
          areas.set(area, `${areas.get(area) ?? ''}${module.code ?? ''}\n`);
        }
      }
    },
  };
}

/** An area's code minified as the build does, wrapped so that its names mangle like the bundle's. */
function minifiedGzip(code: string): number {
  const { code: minified } = minifySync('area.js', `(()=>{${code}})()`, { compress: false, mangle: true });
  return gzipSync(minified, { level: 9 }).length;
}

/** Each area's share of the IIFE's gzip size, from its own minified code gzipped alone (gzip is not additive). */
function shares(areas: Map<string, string>, totalKb: number): [string, number][] {
  const alone = [...areas].map(([area, code]) => [area, minifiedGzip(code)] as const);
  const sum = alone.reduce((s, [, n]) => s + n, 0);
  return alone.map(([area, n]) => [area, (n / sum) * totalKb]);
}

const isPackage = (area: string) => !/^(lib\/|widget|components|styles|package\.json)/.test(area);

function breakdown(areas: Map<string, string>, totalKb: number): string[] {
  const parts = shares(areas, totalKb).sort((a, b) => b[1] - a[1]);
  const kb = (n: number) => `${n.toFixed(1).padStart(5)} kB gzip`;
  const packages = parts.filter(([area]) => isPackage(area)).reduce((s, [, n]) => s + n, 0);
  return [
    ...parts.map(([area, n]) => `  ${area.padEnd(32)} ≈ ${kb(n)}`),
    `Packages (Preact, signals, zod, ky) ≈ ${kb(packages)}; seatguard's own code ≈ ${kb(totalKb - packages)}.`,
    `Issue 4/5 asked for ≤ ${ISSUE_TARGET_KB} kB: ${(totalKb / ISSUE_TARGET_KB).toFixed(2)}× that (test/widget/bundle.ts says why).`,
  ];
}

function figures(name: string, file: string): Figure[] {
  const sizes = sizesOf(file);
  return (['raw', 'gzip', 'brotli'] as const).map((kind) => ({
    name: `${name}.${kind}`,
    label: `${file.replace(`${root}/`, '')}, ${kind} (kB)`,
    size: 1,
    unit: 'kB',
    median: sizes[kind],
    p95: null,
    runs: 0,
  }));
}

export async function widgetBench({ log }: BenchOptions): Promise<SuiteResult> {
  log('widget: vite build -c widget/vite.config.ts');
  const areas = new Map<string, string>();
  await build({
    configFile: resolve(root, 'widget/vite.config.ts'),
    logLevel: 'error',
    plugins: [collect(areas)],
  });
  const iife = figures('iife', IIFE);
  const gzip = iife.find((f) => f.name === 'iife.gzip')?.median ?? 0;
  return {
    suite: 'widget',
    sizeUnit: 'build',
    figures: [...iife, ...figures('esm', ESM)],
    targets: [{ name: 'iife.gzip', size: 1, max: GZIP_BUDGET_KB }],
    notes: [
      `kB = 1024 bytes; gzip -9, brotli q11. Budget: the IIFE ≤ ${GZIP_BUDGET_KB} kB gzip (test/widget/size.test.ts).`,
      'IIFE by area (each gzipped alone, scaled to the total):',
      ...breakdown(areas, gzip),
    ],
  };
}
