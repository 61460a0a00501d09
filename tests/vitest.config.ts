import { defineConfig } from 'vitest/config';

/**
 * Three projects: fast unit and plugin tests; site tests that only read the
 * sites built once by the global setup (pages, links, Chromium) or work in a
 * scratch folder of their own without building (npm run add, npm run check),
 * which run two files at a time; and the tests that build a dossier or run
 * astro dev, which run one file at a time after them, so that no two Astro
 * builds compete for the cores and memory.
 */
const BUILDING = [
  // Kills builds and checks which build takes over the lock: no other build may run beside it.
  'tests/cli/faults.test.ts',
  'tests/site/failures.test.ts',
  'tests/site/determinism.test.ts',
  'tests/browser/hostile.test.ts',
  'tests/browser/added-article.test.ts',
  'tests/cli/one-path.test.ts',
];

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
          // Vitest's default on 2 cores is one worker; the unit files are short and independent.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          exclude: BUILDING,
          ...siteTests,
          fileParallelism: true,
          maxWorkers: 2,
          // After the unit tests (group 0), before the building tests (the sequential group, always last).
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'site-builds',
          include: BUILDING,
          ...siteTests,
          fileParallelism: false,
        },
      },
    ],
  },
});
