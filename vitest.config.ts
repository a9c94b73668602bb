/**
 * Two projects: `unit` (pure logic in src/lib, fast) and `site` (builds the real site once,
 * then checks the output and drives it in Chromium). `npm test` runs both.
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
          testTimeout: 60_000,
          // Generous: some files build a fixture campaign first, which is slow on a busy 2-core machine.
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
