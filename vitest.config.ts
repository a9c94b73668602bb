/**
 * Two projects: `unit` (pure logic in src/lib and the quality tools, instant) and `site` (the
 * built site: its files, and Chromium). `npm test` runs both.
 *
 * `site`: the global set-up builds every site of tests/site/sites.ts once; test files then run
 * one after another in a single worker without isolation, so the worker-scoped fixtures of
 * tests/site/fixtures.ts (one Chromium, one server per site) are shared by every file.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/site/global-setup.ts'],
          fileParallelism: false,
          isolate: false,
          testTimeout: 60_000,
          // The global set-up builds several sites; on a busy 2-core machine that takes minutes.
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
