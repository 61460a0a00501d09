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
 * This checkout and a copy of it (projectCopy) build side by side, two
 * sites each. The site and seed projects both name this setup; the builds are made once
 * for both (the setups run in Vitest's main process), and the scratch folder,
 * given to the tests, is removed after the last project's last test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT, projectCopy, runSideBySide, type BuildResult } from '../support/build.ts';
import { pagesBuild } from '../support/pages-workflow.ts';
import { DOSSIER_UNDER_TEST, DOSSIER_UNDER_TEST_PATH } from '../support/dossier-under-test.ts';
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
/** The dossier under test as given, for this checkout; its absolute path, for the copy. */
const content = { DOSSIER_CONTENT: DOSSIER_UNDER_TEST };
const contentFromCopy = { DOSSIER_CONTENT: DOSSIER_UNDER_TEST_PATH };
const astroBuild = (outDir: string, env: Record<string, string>, config?: string) =>
  runSideBySide(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, ...(config ? ['--config', config] : [])], { cwd: PROJECT_ROOT, env });

/**
 * Each build: `astro build` in this checkout, or `npm run build` (the
 * workflow's command and settings, or the German fixture's) in a copy of
 * it (projectCopy, its own build lock and caches). The two checkouts build
 * side by side, each one site after another: the tests wait for all four.
 */
const BUILDS: Record<Site, { readonly inCopy: boolean; readonly build: (outDir: string, root: string) => Promise<BuildResult> }> = {
  siteDist: { inCopy: false, build: (outDir) => astroBuild(outDir, content) },
  harbourDist: { inCopy: false, build: (outDir) => astroBuild(outDir, {}, EXTENSIONS_CONFIG) },
  subPathDist: { inCopy: true, build: (outDir, root) => runSideBySide(PAGES.command, [], { cwd: root, shell: true, env: { ...PAGES.env, ...contentFromCopy, DOSSIER_OUT_DIR: outDir } }) },
  germanDist: { inCopy: true, build: (outDir, root) => runSideBySide(process.execPath, ['src/cli/build.ts'], { cwd: root, env: { DOSSIER_CONTENT: path.join(PROJECT_ROOT, 'tests/fixtures/dossiers/de-hafen'), DOSSIER_OUT_DIR: outDir } }) },
};

interface SharedSites {
  readonly scratch: string;
  readonly dists: Record<Site, string>;
  projects: number;
}

/** Kept on the main process's global object, which the setups of both projects share (each imports this module afresh). */
const SHARED = Symbol.for('briefing-dossier.test-sites');
const shared = globalThis as { [SHARED]?: Promise<SharedSites> };

async function buildSites(): Promise<SharedSites> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-tests-'));
  const copy = projectCopy(path.join(scratch, 'checkout'));
  const dists = {} as Record<Site, string>;
  const sites = Object.keys(BUILDS) as Site[];
  await Promise.all([false, true].map(async (inCopy) => {
    for (const site of sites.filter((s) => BUILDS[s].inCopy === inCopy)) {
      const result = await BUILDS[site].build(path.join(scratch, site), inCopy ? copy : PROJECT_ROOT);
      if (result.status !== 0) throw new Error(`Building ${site} failed:\n${result.output}`);
      dists[site] = path.join(scratch, site);
    }
  }));
  return { scratch, dists, projects: 0 };
}

export default async function setup(project: TestProject) {
  const sites = await (shared[SHARED] ??= buildSites());
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
