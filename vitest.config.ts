/**
 * Two projects: `unit` (pure logic in src/lib and the quality tools, instant) and `site` (the
 * built site: its files, and Chromium). `npm test` runs both. Both run as many workers as the
 * machine has cores, without isolation (a file's modules are imported once per worker).
 *
 * `site`: the global set-up builds every site of tests/site/sites.ts once; test files then run in
 * as many workers as the machine has cores (two here), without isolation, so the worker-scoped
 * fixtures of tests/site/fixtures.ts (one Chromium, one server per site) are shared by every file
 * a worker runs. Files must not depend on running alone: the two that run Astro in the project
 * folder (the dev server and the benchmark) share tooling.test.ts.
 */
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import SweepsFirst from './tests/site/sequencer.ts';

export default defineConfig({
  test: {
    // Vitest's default outside watch mode is one worker fewer than the cores: one, on two.
    maxWorkers: Number(process.env['PT_TEST_WORKERS'] ?? availableParallelism()),
    sequence: { sequencer: SweepsFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Pure logic with no shared state: one module graph per worker (about half the CPU).
          isolate: false,
          // For hangs only: `npm test` runs these beside the test-site builds, and on a busy
          // 2-core machine a property test of 0.6 s alone took over Vitest's default 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/site/global-setup.ts'],
          isolate: false,
          testTimeout: 60_000,
          // The global set-up builds several sites; on a busy 2-core machine that takes minutes.
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
