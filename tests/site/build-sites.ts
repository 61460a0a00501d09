/**
 * Global setup of the site tests: builds, once, each into its own temporary
 * folder,
 * - the dossier under test (DOSSIER_CONTENT, or the seed:
 *   support/dossier-under-test.ts) at the root, with a plain `astro build`
 *   (the search index is part of Astro's build: tests/browser/search.test.ts
 *   serves it with `astro preview`; determinism.test.ts finds it identical
 *   to `npm run build`'s);
 * - the same dossier as the GitHub Pages workflow builds it (its build step's
 *   command, `npm run build`, under its base path: tests/support/pages-workflow.ts);
 * - the fixture dossier harbour, with the project's extensions a dossier can
 *   add (tests/fixtures/extensions/astro.config.mjs: its content folder, a
 *   remark and a rehype plugin, its own Footer), with `astro build --config`;
 * - a German dossier from fixtures (its UI in German), with `npm run build`.
 *
 * The site and seed projects both name this setup; the builds are made once
 * for both (the setups run in Vitest's main process), and the scratch folder,
 * given to the tests, is removed after the last project's last test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT, runAstroBuild, runBuild, runShellCommand, type BuildResult } from '../support/build.ts';
import { pagesBuild } from '../support/pages-workflow.ts';
import { DOSSIER_UNDER_TEST } from '../support/dossier-under-test.ts';
import { contentCacheDirsUnder } from '../../src/lib/content/cache-dir.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the dossier under test, served at "/". */
    siteDist: string;
    /** dist/ of the dossier under test built by the GitHub Pages workflow's build step, served under SUB_PATH. */
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

type Site = 'siteDist' | 'subPathDist' | 'harbourDist' | 'germanDist';
const content = { DOSSIER_CONTENT: DOSSIER_UNDER_TEST };

/** Each build: `astro build`, `npm run build`, or the workflow's command and settings. */
const BUILDS: Record<Site, (outDir: string) => BuildResult> = {
  siteDist: (outDir) => runAstroBuild(outDir, content),
  subPathDist: (outDir) => runShellCommand(PAGES.command, { ...PAGES.env, ...content, DOSSIER_OUT_DIR: outDir }),
  harbourDist: (outDir) => runAstroBuild(outDir, {}, EXTENSIONS_CONFIG),
  germanDist: (outDir) => runBuild({ DOSSIER_CONTENT: 'tests/fixtures/dossiers/de-hafen', DOSSIER_OUT_DIR: outDir }),
};

interface SharedSites {
  readonly scratch: string;
  readonly dists: Record<Site, string>;
  projects: number;
}

/** Kept on the main process's global object, which the setups of both projects share (each imports this module afresh). */
const SHARED = Symbol.for('briefing-dossier.test-sites');
const shared = globalThis as { [SHARED]?: SharedSites };

function buildSites(): SharedSites {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-tests-'));
  const dists = {} as Record<Site, string>;
  for (const [key, build] of Object.entries(BUILDS) as [Site, (outDir: string) => BuildResult][]) {
    const result = build(path.join(scratch, key));
    if (result.status !== 0) throw new Error(`Building ${key}  failed:\n${result.output}`);
    dists[key] = path.join(scratch, key);
  }
  return { scratch, dists, projects: 0 };
}

export default function setup(project: TestProject) {
  const sites = (shared[SHARED] ??= buildSites());
  sites.projects += 1;
  for (const [key, dist] of Object.entries(sites.dists)) project.provide(key as Site, dist);
  project.provide('scratch', sites.scratch);
  return () => {
    sites.projects -= 1;
    if (sites.projects > 0) return;
    delete shared[SHARED];
    // Builds of content copied into the scratch folder left caches in node_modules.
    for (const cache of contentCacheDirsUnder(PROJECT_ROOT, sites.scratch)) rmSync(cache, { recursive: true, force: true });
    rmSync(sites.scratch, { recursive: true, force: true });
  };
}
