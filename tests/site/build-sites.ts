/**
 * Global setup of the site tests: builds, once, each into its own temporary
 * folder,
 * - the seed dossier at the root, with a plain `astro build` (the search
 *   index is part of Astro's build: tests/browser/preview-search.test.ts
 *   serves it with `astro preview`; determinism.test.ts finds it identical
 *   to `npm run build`'s);
 * - the same dossier as the GitHub Pages workflow builds it (its build step's
 *   command, `npm run build`, under its base path: tests/support/pages-workflow.ts);
 * - a second dossier from fixtures, with the project's extensions a dossier can
 *   add (tests/fixtures/extensions/astro.config.mjs: its content folder, a
 *   remark and a rehype plugin, its own Footer), with `astro build --config`;
 * - a German dossier from fixtures (its UI in German), with `npm run build`.
 *
 * The scratch folder, given to the tests, is removed after the last test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT, runAstroBuild, runBuild, runShellCommand, type BuildResult } from '../support/build.ts';
import { pagesBuild } from '../support/pages-workflow.ts';
import { contentCacheDirsUnder } from '../../src/lib/content/cache-dir.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the seed dossier, served at "/". */
    seedDist: string;
    /** dist/ of the seed dossier built by the GitHub Pages workflow's build step, served under SUB_PATH. */
    subPathDist: string;
    /** dist/ of the fixture dossier tests/fixtures/dossiers/harbour, with the extensions of tests/fixtures/extensions. */
    harbourDist: string;
    /** dist/ of the German fixture dossier tests/fixtures/dossiers/de-hafen (`language: "de"`). */
    germanDist: string;
    /** A scratch folder for tests, removed afterwards. */
    scratch: string;
  }
}

const PAGES = pagesBuild();

/** The base path the GitHub Pages workflow builds under, for an example repository. */
export const SUB_PATH = PAGES.base;

/** The Astro config of the fixture dossier's build. */
export const EXTENSIONS_CONFIG = 'tests/fixtures/extensions/astro.config.mjs';

/** Each build: `astro build`, or the workflow's command and settings. */
const BUILDS: Record<'seedDist' | 'subPathDist' | 'harbourDist' | 'germanDist', (outDir: string) => BuildResult> = {
  seedDist: (outDir) => runAstroBuild(outDir),
  subPathDist: (outDir) => runShellCommand(PAGES.command, { ...PAGES.env, DOSSIER_OUT_DIR: outDir }),
  harbourDist: (outDir) => runAstroBuild(outDir, {}, EXTENSIONS_CONFIG),
  germanDist: (outDir) => runBuild({ DOSSIER_CONTENT: 'tests/fixtures/dossiers/de-hafen', DOSSIER_OUT_DIR: outDir }),
};

export default function setup(project: TestProject) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-tests-'));
  for (const [key, build] of Object.entries(BUILDS)) {
    const result = build(path.join(scratch, key));
    if (result.status !== 0) throw new Error(`Building ${key} failed:\n${result.output}`);
    project.provide(key as keyof typeof BUILDS, path.join(scratch, key));
  }
  project.provide('scratch', scratch);
  return () => {
    // Builds of content copied into the scratch folder left caches in node_modules.
    for (const cache of contentCacheDirsUnder(PROJECT_ROOT, scratch)) rmSync(cache, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  };
}
