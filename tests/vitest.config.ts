import { defineConfig } from 'vitest/config';

/**
 * Two projects: fast unit and plugin tests, and site tests that need the built
 * dossier (built once by the global setup) and a real Chromium.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/remark/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/site/build-sites.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
