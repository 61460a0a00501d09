/**
 * The site folder (dist/, or DOSSIER_OUT_DIR) is a symbolic link to one
 * complete build, kept in a hidden folder beside it: dist → .dist-builds/<id>/.
 * A build is written to `.dist-builds/<id>.staging/`, completed (search
 * index included), renamed to `<id>`, and published by renaming a new link
 * over dist. rename(2) replaces the link atomically, so a build killed at
 * any moment leaves dist the previous site or the new one, whole. The build
 * dist pointed to before is kept (a reader or an upload may be half-way
 * through it; it is also a way back) until the next build starts, which
 * removes it while Astro builds (removeEarlierBuilds: at 10,000 articles a
 * build is some 50,000 files, seconds to remove).
 *
 * A real dist/ folder (from before builds were kept this way) is moved into
 * the builds folder on the first publication; only between that move and the
 * link's rename, two system calls apart, is there no dist. A build killed
 * right there leaves the site whole in the builds folder, and the next build
 * links dist to it again before anything else.
 */
import { spawn } from 'node:child_process';
import { lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { isRunning } from '../lib/processes.ts';

export interface OutputFolder {
  /** The link readers use: dist/. */
  readonly link: string;
  /** Where the builds are: .dist-builds/ beside it. */
  readonly builds: string;
}

export function outputFolder(link: string): OutputFolder {
  return { link, builds: path.join(path.dirname(link), `.${path.basename(link)}-builds`) };
}

const STAGING = '.staging';
const NEW_LINK = '.link';
/** `<time>-<pid>`: sorts by age; the pid tells whether its build still runs. */
const buildId = (time = new Date()) => `${time.toISOString().replace(/[:.]/gu, '-')}-${process.pid}`;
/** Whether another process, still running, made this entry (from another checkout, building into the same folder). */
const madeByAnotherBuild = (name: string) => {
  const pid = Number(/-(\d+)(?:\.\w+)?$/u.exec(name)?.[1]);
  return pid !== process.pid && isRunning(pid);
};
const isComplete = (name: string) => !name.endsWith(STAGING) && !name.endsWith(NEW_LINK);

async function kind(file: string): Promise<'missing' | 'link' | 'other'> {
  try {
    return (await lstat(file)).isSymbolicLink() ? 'link' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

/** Points `link` at `target` atomically: a new link renamed over the old one. */
async function relink(folder: OutputFolder, target: string): Promise<void> {
  const fresh = path.join(folder.builds, `${buildId()}${NEW_LINK}`);
  await symlink(path.relative(path.dirname(folder.link), target), fresh, 'dir');
  await rename(fresh, folder.link);
}

/**
 * Readies a new build: removes what killed builds left (staging folders,
 * links never renamed, and the staging folders beside dist of the earlier
 * way of building), gives dist back its newest complete build if it went
 * missing, and returns the new build's empty staging folder.
 */
export async function startBuild(folder: OutputFolder, say: (message: string) => void): Promise<string> {
  await mkdir(folder.builds, { recursive: true });
  for (const name of await readdir(folder.builds)) {
    if (!isComplete(name) && !madeByAnotherBuild(name)) await rm(path.join(folder.builds, name), { recursive: true, force: true });
  }
  // The earlier way of building renamed folders beside dist; one killed then left dist.staging-<pid>, or dist.previous-<pid> and maybe no dist.
  const parent = path.dirname(folder.link);
  const prefix = `${path.basename(folder.link)}.`;
  for (const name of await readdir(parent)) {
    const earlier = /^(staging|previous)-\d+$/u.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '');
    if (!earlier || madeByAnotherBuild(name)) continue;
    const full = path.join(parent, name);
    if (earlier[1] === 'previous' && (await kind(folder.link)) === 'missing') await rename(full, path.join(folder.builds, buildId()));
    else await rm(full, { recursive: true, force: true });
  }
  const newest = (await readdir(folder.builds)).filter(isComplete).sort().at(-1);
  if ((await kind(folder.link)) === 'missing' && newest) {
    await relink(folder, path.join(folder.builds, newest));
    say(`${folder.link} was missing (a build was stopped while moving it); it is the build ${newest} again.`);
  }
  const staging = path.join(folder.builds, `${buildId()}${STAGING}`);
  await mkdir(staging);
  return staging;
}

/**
 * Removes the complete builds other than the one dist links to (and those
 * of another running build): the build before it, kept since the last
 * publication. Run while Astro builds, by a process of its own at the
 * lowest priority, so that it takes only the CPU time Astro leaves idle
 * (about 0.8 of 2 cores) and adds none of its own.
 */
export async function removeEarlierBuilds(folder: OutputFolder): Promise<void> {
  if ((await kind(folder.link)) !== 'link') return;
  const earlier = await buildsBut(folder, [await linkedBuild(folder)]);
  if (earlier.length > 0) await removeAtLowestPriority(earlier);
}

/** The folder of the build dist links to. */
async function linkedBuild(folder: OutputFolder): Promise<string> {
  return path.resolve(path.dirname(folder.link), await readlink(folder.link));
}

/** The folders of the complete builds but those in `keep`, and but those of another running process (it may be about to publish one). */
async function buildsBut(folder: OutputFolder, keep: readonly (string | undefined)[]): Promise<string[]> {
  return (await readdir(folder.builds))
    .filter(isComplete)
    .map((name) => path.join(folder.builds, name))
    .filter((full) => !keep.includes(full) && !madeByAnotherBuild(path.basename(full)));
}

/** Node's own code, run with `-e`: lowers its own priority to the lowest (where it may), then removes the folders it is given. */
const REMOVE_FOLDERS = [
  "try { require('node:os').setPriority(require('node:os').constants.priority.PRIORITY_LOW); } catch {}",
  "for (const folder of process.argv.slice(1)) require('node:fs').rmSync(folder, { recursive: true, force: true });",
].join('\n');

function removeAtLowestPriority(folders: readonly string[]): Promise<void> {
  const remover = spawn(process.execPath, ['-e', REMOVE_FOLDERS, ...folders], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  remover.stderr.on('data', (chunk) => (errors += String(chunk)));
  return new Promise((resolve, reject) => {
    // 'close': its error output read to the end.
    remover.on('error', reject).on('close', (code) => (code === 0 ? resolve() : reject(new Error(errors.trim() || `exit ${code}`))));
  });
}

/**
 * Publishes a complete staging folder as the site, keeps the build it
 * replaces and removes older ones; returns the build's folder.
 */
export async function publishBuild(folder: OutputFolder, staging: string): Promise<string> {
  const build = staging.slice(0, -STAGING.length);
  await rename(staging, build);
  let previous: string | undefined;
  switch (await kind(folder.link)) {
    case 'link':
      previous = await linkedBuild(folder);
      break;
    case 'other':
      // dist/ is a real folder: keep it as the previous build, named by when it was last written.
      previous = path.join(folder.builds, buildId((await lstat(folder.link)).mtime));
      await rename(folder.link, previous);
      break;
    case 'missing':
  }
  await relink(folder, build);
  for (const full of await buildsBut(folder, [build, previous])) await rm(full, { recursive: true, force: true });
  return build;
}
