/**
 * Global setup of the site tests: builds, once, the seed dossier at the root,
 * the same dossier as the GitHub Pages workflow builds it (its build step's
 * command, under its base path: tests/support/pages-workflow.ts), and a second
 * dossier from fixtures, each into its own temporary folder, exactly as
 * `npm run build` does.
 *
 * Both site projects (read-only and building) name this setup, and Vitest
 * runs it once per project, loading it anew each time: the builds are kept
 * on globalThis so the second project reuses the first one's, and the
 * folder is removed when the last project tears down.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT, runBuild, runShellCommand, type BuildResult } from '../support/build.ts';
import { pagesBuild } from '../support/pages-workflow.ts';
import { contentCacheDirsUnder } from '../../src/lib/content/cache-dir.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the seed dossier, served at "/". */
    seedDist: string;
    /** dist/ of the seed dossier built by the GitHub Pages workflow's build step, served under SUB_PATH. */
    subPathDist: string;
    /** dist/ of the fixture dossier tests/fixtures/dossiers/harbour. */
    harbourDist: string;
    /** A scratch folder for tests, removed afterwards. */
    scratch: string;
  }
}

const PAGES = pagesBuild();

/** The base path the GitHub Pages workflow builds under, for an example repository. */
export const SUB_PATH = PAGES.base;

/** Each build: `npm run build` with these settings, or the workflow's command and settings. */
const BUILDS: Record<'seedDist' | 'subPathDist' | 'harbourDist', (outDir: string) => BuildResult> = {
  seedDist: (outDir) => runBuild({ DOSSIER_OUT_DIR: outDir }),
  subPathDist: (outDir) => runShellCommand(PAGES.command, { ...PAGES.env, DOSSIER_OUT_DIR: outDir }),
  harbourDist: (outDir) => runBuild({ DOSSIER_CONTENT: 'tests/fixtures/dossiers/harbour', DOSSIER_OUT_DIR: outDir }),
};

interface SharedBuilds {
  readonly scratch: string;
  /** Projects set up and not yet torn down. */
  users: number;
}

const SHARED = Symbol.for('dossier-tests.shared-builds');
const store = globalThis as typeof globalThis & { [SHARED]?: SharedBuilds };

function buildOnce(): SharedBuilds {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-tests-'));
  for (const [key, build] of Object.entries(BUILDS)) {
    const result = build(path.join(scratch, key));
    if (result.status !== 0) throw new Error(`Building ${key} failed:\n${result.output}`);
  }
  return { scratch, users: 0 };
}

export default function setup(project: TestProject) {
  const shared = (store[SHARED] ??= buildOnce());
  shared.users += 1;
  for (const key of Object.keys(BUILDS) as (keyof typeof BUILDS)[]) project.provide(key, path.join(shared.scratch, key));
  project.provide('scratch', shared.scratch);
  return () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete store[SHARED];
    // Builds of content copied into the scratch folder left caches in node_modules.
    for (const cache of contentCacheDirsUnder(PROJECT_ROOT, shared.scratch)) rmSync(cache, { recursive: true, force: true });
    rmSync(shared.scratch, { recursive: true, force: true });
  };
}
