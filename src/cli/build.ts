/**
 * `npm run build`: builds the dossier and publishes it as dist/ (or
 * DOSSIER_OUT_DIR) only when everything succeeded, so a failed build (bad
 * content, a broken citation) leaves the last good site exactly as it was,
 * and a killed one leaves the last good site or the new one, whole (see
 * output-folder.ts).
 *
 * Astro builds the site (its pages, citation files and search index: the
 * dossier integration indexes it in build:done) in a child process, which
 * the build lock names too. One build runs at a time per checkout
 * (build-lock.ts).
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { acquireBuildLock } from './build-lock.ts';
import { astroHeapFlags } from './astro-heap.ts';
import { outputFolder, publishBuild, removeEarlierBuilds, startBuild } from './output-folder.ts';
import { buildOutputFolder } from '../lib/config/options.ts';

const root = process.cwd();
const output = outputFolder(path.resolve(root, buildOutputFolder()));
const shown = path.relative(root, output.link);
const say = (message: string) => console.log(message);

/** Runs the Astro step (astro-build.ts) into `outDir`; the lock names its process too. */
async function buildPages(outDir: string, holdsLock: (pid: number) => Promise<void>): Promise<string | undefined> {
  const astro = spawn(process.execPath, [...astroHeapFlags(), path.join(import.meta.dirname, 'astro-build.ts'), outDir], { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<string | undefined>((resolve, reject) =>
    astro.on('error', reject).on('exit', (code, signal) => resolve(code === 0 ? undefined : `Astro stopped (${signal ?? `exit ${code}`}).`)),
  );
  if (astro.pid !== undefined) await holdsLock(astro.pid);
  return exited;
}

const lock = await acquireBuildLock(root, say);
try {
  const staging = await startBuild(output, say);
  // While Astro builds; a failure to remove is reported, and the next build tries again.
  const removed = removeEarlierBuilds(output).then(() => undefined, (error: unknown) => error);
  const failure = await buildPages(staging, lock.alsoHeldBy);
  const removalError = await removed;
  if (removalError !== undefined) console.warn(`Could not remove an earlier build: ${removalError instanceof Error ? removalError.message : String(removalError)}`);
  if (failure !== undefined) {
    await rm(staging, { recursive: true, force: true });
    console.error(`\nBuild failed; ${shown}/ was left as it was.\n${failure}`);
    process.exitCode = 1;
  } else {
    const build = await publishBuild(output, staging);
    say(`Built the dossier into ${shown}/ (the build ${path.relative(root, build)}/).`);
  }
} finally {
  await lock.release();
}
