import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/lib/**/*.test.ts', 'test/server/**/*.test.ts', 'test/conventions.test.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'happy-dom', include: ['test/components/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        // <seat-usage> logic and DOM; size.test.ts and partner.test.ts pick the node environment themselves.
        test: { name: 'widget', environment: 'happy-dom', include: ['test/widget/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          // One Chromium at a time on a 2-core machine; each file starts its own server and browser.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
