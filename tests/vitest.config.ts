import { defineConfig } from 'vitest/config';
import LongestFirst from './support/longest-first.ts';
import { TESTING_SEED } from './support/dossier-under-test.ts';

/** Settings of the projects that read the built sites. */
const SITE_SETTINGS = {
  // Builds the shared sites once, before any test (see build-sites.ts).
  globalSetup: ['tests/site/build-sites.ts'],
  testTimeout: 120_000,
  hookTimeout: 300_000,
  maxWorkers: 2,
  // Files share the support modules and packages they import (Playwright, hast, jsdom) within a worker;
  // each keeps its own state (sessions, scratch folders, checkouts) in its own hooks.
  isolate: false,
};

/**
 * Projects that run together, two files at a time, the longest first
 * (support/longest-first.ts): fast unit and plugin tests; the site tests,
 * which read the sites the global setup built once from the dossier under
 * test (DOSSIER_CONTENT, or the seed) (pages, links, Chromium), run the CLIs
 * in scratch folders, or build dossiers of their own, each in a checkout of
 * its own (support/build.ts, projectCopy), so that no build waits at
 * another's build lock; and, when the dossier under test is the seed, the
 * seed tests, which assert what the seed's own content says.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/remark/**/*.test.ts'],
          // Vitest's default on 2 cores is one worker; the same number as the site tests lets both run as one group.
          maxWorkers: 2,
          // The modules under test keep no state between calls: one module graph per worker halves their time.
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          ...SITE_SETTINGS,
        },
      },
      ...(TESTING_SEED ? [{ test: { name: 'seed', include: ['tests/seed/**/*.test.ts'], ...SITE_SETTINGS } }] : []),
    ],
  },
});
