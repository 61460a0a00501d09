import { defineConfig } from 'vitest/config';

/**
 * Two projects: fast unit and plugin tests; and the site tests, two files at a
 * time, which read the sites built once by the global setup (pages, links,
 * Chromium), work in a scratch folder of their own (npm run add, npm run
 * check), or build a dossier. No two builds compete: npm run build takes the
 * checkout's build lock, so builds from two files run one after the other.
 */

const siteTests = {
  // Builds the shared sites once for both site projects (see build-sites.ts).
  globalSetup: ['tests/site/build-sites.ts'],
  testTimeout: 120_000,
  hookTimeout: 300_000,
};

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
          ...siteTests,
          fileParallelism: true,
          maxWorkers: 2,
          // After the unit tests (group 0).
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
