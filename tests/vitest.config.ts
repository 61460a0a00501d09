import { defineConfig } from 'vitest/config';

/**
 * Three groups, run one after the other: fast unit and plugin tests; the
 * site tests, two files at a time, which read the sites the global setup
 * built once (pages, links, Chromium) or run the CLIs in scratch folders;
 * and last, one file at a time, the tests that build a dossier of their own,
 * kill builds or run `astro dev`.
 */
const BUILDING = [
  // Kills builds and checks which build takes over the lock: no other build may run beside it.
  'tests/cli/faults.test.ts',
  // Build dossiers of their own: together they would only queue at the build lock, holding workers idle.
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
          name: 'builds',
          include: BUILDING,
          ...siteTests,
          fileParallelism: false,
        },
      },
    ],
  },
});
