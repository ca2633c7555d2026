import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// The widget's builds and its size budget, shared by the size test and the bench.

export const DIST = resolve(import.meta.dirname, '../../dist');
export const IIFE = join(DIST, 'seat-usage.iife.js');
export const ESM = join(DIST, 'seat-usage.js');

/** Issue 4/5's budget for the one-script-tag build, gzip -9: not met yet (zod + ky + Preact + five languages ≈ 34 kB). */
export const GZIP_BUDGET_KB = 30;

/** What the size test holds the build to until the budget is met: today's size, so it can only shrink. */
export const GZIP_CEILING_KB = 52;

export interface BundleSizes {
  raw: number;
  gzip: number;
  brotli: number;
}

const kB = (bytes: number) => bytes / 1024;

/** Sizes in kB (1024 bytes) of a built file; throws with the command to run when it is missing. */
export function sizesOf(file: string): BundleSizes {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:widget\` (npm test does).`);
  const bytes = readFileSync(file);
  return {
    raw: kB(bytes.length),
    gzip: kB(gzipSync(bytes, { level: 9 }).length),
    brotli: kB(brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
  };
}
