/**
 * Global setup of the site tests: builds, once, the seed dossier at the root,
 * the same dossier under a sub-path, and a second dossier from fixtures, each
 * into its own temporary folder, exactly as `npm run build` does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT, runBuild } from '../support/build.ts';
import { contentCacheDirsUnder } from '../../src/cli/cache-dir.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the seed dossier, served at "/". */
    seedDist: string;
    /** dist/ of the seed dossier built with DOSSIER_BASE=/briefings/june/. */
    subPathDist: string;
    /** dist/ of the fixture dossier tests/fixtures/dossiers/harbour. */
    harbourDist: string;
    /** A scratch folder for tests, removed afterwards. */
    scratch: string;
  }
}

export const SUB_PATH = '/briefings/june/';

export default function setup(project: TestProject) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-tests-'));
  const builds = {
    seedDist: {},
    subPathDist: { DOSSIER_BASE: SUB_PATH },
    harbourDist: { DOSSIER_CONTENT: 'tests/fixtures/dossiers/harbour' },
  } as const;
  for (const [key, env] of Object.entries(builds)) {
    const outDir = path.join(scratch, key);
    const result = runBuild({ ...env, DOSSIER_OUT_DIR: outDir });
    if (result.status !== 0) throw new Error(`Building ${key} failed:\n${result.output}`);
    project.provide(key as keyof typeof builds, outDir);
  }
  project.provide('scratch', scratch);
  return () => {
    // Builds of content copied into the scratch folder left caches in node_modules.
    for (const cache of contentCacheDirsUnder(PROJECT_ROOT, scratch)) rmSync(cache, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  };
}
