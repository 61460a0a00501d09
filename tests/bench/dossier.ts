/**
 * Building a dossier the way a user does (`npm run build`, i.e.
 * src/cli/build.ts with DOSSIER_CONTENT and DOSSIER_OUT_DIR) in a child
 * process, measured, and splitting its time into the phases of Astro's log.
 */
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { assertSucceeded, measureOutput, runMeasured, type LogLine, type RunResult } from './measure.ts';
import { astroPhases, type BuildMeasurement, type Phase } from './phases.ts';
import { PROJECT_ROOT, userEnvironment } from '../support/build.ts';
import { contentCacheDir } from '../../src/lib/content/cache-dir.ts';
import { articleToAdd } from './generate.ts';

/** The caches of one content folder's builds, which a clean build deletes. */
export function cacheDirFor(contentFolder: string): string {
  return contentCacheDir(PROJECT_ROOT, contentFolder);
}

/**
 * The dossier's phases: Astro's, with its build:done hooks split into
 * Pagefind (which the dossier integration runs there, timed by its own log
 * lines) and the other hooks; the last phase includes publishing the build.
 */
function dossierPhases(lines: readonly LogLine[], wallMs: number): Phase[] {
  const phases = astroPhases(lines, wallMs);
  const indexing = lines.find((l) => /Indexing the site for search/u.test(l.text));
  const indexed = lines.find((l) => /Indexed \d+ pages for search in/u.test(l.text));
  if (!indexing || !indexed) return phases;
  const pagefind = indexed.at - indexing.at;
  return phases.flatMap((phase) => {
    if (phase.name === 'build:done hooks') return [{ name: 'Pagefind', ms: pagefind }, { name: 'other build:done hooks', ms: phase.ms - pagefind }];
    if (phase.name === 'writing out, exit') return [{ name: 'writing out, publishing (dist link), exit', ms: phase.ms }];
    return [phase];
  });
}

/**
 * Builds the dossier in `content` into `out`. A clean build first deletes
 * the output and the content folder's cache, as on a fresh clone; an
 * incremental one keeps both, as `npm run build` after `npm run add` does.
 */
export async function buildDossier(content: string, out: string, mode: 'clean' | 'incremental'): Promise<BuildMeasurement> {
  const run = await runDossierBuild(content, out, mode);
  assertSucceeded(`The ${mode} dossier build of ${content}`, run);
  return { run, output: await measureOutput(out), phases: dossierPhases(run.lines, run.wallMs) };
}

/** A clean build that may fail (the 100,000-article run): its measurement, or the run that failed. */
export async function tryDossierBuild(content: string, out: string): Promise<BuildMeasurement | { failed: RunResult }> {
  const run = await runDossierBuild(content, out, 'clean');
  if (run.exitCode !== 0) return { failed: run };
  return { run, output: await measureOutput(out), phases: dossierPhases(run.lines, run.wallMs) };
}

async function runDossierBuild(content: string, out: string, mode: 'clean' | 'incremental'): Promise<RunResult> {
  if (mode === 'clean') {
    await rm(out, { recursive: true, force: true });
    await rm(cacheDirFor(content), { recursive: true, force: true });
  }
  return runMeasured(process.execPath, ['src/cli/build.ts'], {
    cwd: PROJECT_ROOT,
    env: userEnvironment({ DOSSIER_CONTENT: content, DOSSIER_OUT_DIR: out }),
  });
}

/** Removes what a dossier build left outside its output: the content folder's cache. */
export async function removeDossierCache(content: string): Promise<void> {
  await rm(cacheDirFor(content), { recursive: true, force: true });
}

/**
 * Adds article number `index` to the dossier in `content` the way a user
 * does: `npm run add` (src/cli/add.ts) with the text in a file. The command
 * dates it today, so it takes the next number and no source's number
 * changes, as in use.
 */
export async function addArticleAsUser(content: string, seed: number, index: number): Promise<void> {
  const { text, flags } = articleToAdd(seed, index);
  const file = path.join(os.tmpdir(), `bench-article-${process.pid}.txt`);
  await writeFile(file, text);
  try {
    const run = await runMeasured(process.execPath, ['src/cli/add.ts', file, ...flags], {
      cwd: PROJECT_ROOT,
      env: userEnvironment({ DOSSIER_CONTENT: content }),
    });
    assertSucceeded(`npm run add in ${content}`, run);
  } finally {
    await rm(file, { force: true });
  }
}
