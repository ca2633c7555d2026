import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// `npm run build:widget`: dist/seat-usage.iife.js (one <script>, defines <seat-usage> and window.SeatGuard)
// and dist/seat-usage.js (ES module), both self-contained.

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  // zod's English messages (1 kB gzip) stay out of the one-script widget; its errors still name the path.
  resolve: { alias: { 'zod/v4/locales/en.js': resolve(root, 'widget/zod-messages.ts') } },
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false, reactAliasesEnabled: false })],
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: resolve(root, 'widget/index.ts'),
      name: 'SeatGuard',
      formats: ['iife', 'es'],
      fileName: (format) => (format === 'es' ? 'seat-usage.js' : 'seat-usage.iife.js'),
    },
  },
});
