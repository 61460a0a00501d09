/**
 * Files a build keeps in Astro's cache folder for the next build to reuse
 * (the search index's parts, the citation files), put in place as hard
 * links: thousands of small files are linked in a tenth of the time a copy
 * takes. A kept file and the sites that use it share it, so the build never
 * writes into an existing file of its output: it removes what is there
 * first (`astro build` with Vite's `emptyOutDir: false` leaves the last
 * build's files). Where the file system cannot link (another device, no
 * hard links), the file is copied.
 *
 * An entry is named by a digest of everything its bytes come from: its
 * input, the versions of the packages that write it, and the source of the
 * project's own modules that do (`sourceDigest`), so that a change of code
 * never reuses what the old code wrote.
 */
import { createHash } from 'node:crypto';
import { constants, copyFileSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Puts file `from` at `to` (whose folder exists, and where no file is): a hard link, or a copy. */
export function putFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    // Another device (EXDEV), a file system without hard links (EPERM, ENOTSUP, ENOSYS, EISDIR on FAT from Windows…):
    // a copy does. A file already there, or none to link, is an error of the caller.
    if (['EEXIST', 'ENOENT'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    copyFileSync(from, to, constants.COPYFILE_FICLONE | constants.COPYFILE_EXCL);
  }
}

/** The digest of the source text of the modules at `modules` (file URLs): part of a kept entry's name. */
export function sourceDigest(modules: readonly URL[]): string {
  const hash = createHash('sha256');
  for (const module of modules) hash.update(readFileSync(module));
  return hash.digest('hex');
}

/** Puts the files of folder `from` into folder `to`, with their subfolders; throws ENOENT when `from` is missing. */
export function putFolder(from: string, to: string): void {
  const entries = readdirSync(from, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)));
  for (const folder of new Set(['.', ...files.map((file) => path.dirname(file))])) mkdirSync(path.join(to, folder), { recursive: true });
  for (const file of files) putFile(path.join(from, file), path.join(to, file));
}

/** Keeps folder `from` as the cache entry `entry`, whole or not at all (put in a folder of its own, then renamed). */
export function keepFolder(from: string, entry: string): void {
  const writing = `${entry}.${process.pid}.writing`;
  rmSync(writing, { recursive: true, force: true });
  putFolder(from, writing);
  rmSync(entry, { recursive: true, force: true });
  renameSync(writing, entry);
}

/** Keeps file `from` as the cache entry `entry`, in place of any file a killed build left there. */
export function keepFile(from: string, entry: string): void {
  replaceFile(entry, (to) => putFile(from, to));
}

/**
 * Runs `create`, which makes a new file at `file` and fails with EEXIST
 * where one is there; then removes that file (never written into: it may be
 * a kept one, linked) and runs `create` again. Tried first without removing:
 * one system call per file fewer.
 */
export function replaceFile(file: string, create: (file: string) => void): void {
  try {
    create(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    rmSync(file, { force: true });
    create(file);
  }
}

/** Removes the entries of cache folder `folder` that are not in `used` (and what a killed build left half-written). */
export function forgetOtherEntries(folder: string, used: ReadonlySet<string>): void {
  for (const name of readdirSync(folder)) {
    if (!used.has(name)) rmSync(path.join(folder, name), { recursive: true, force: true });
  }
}

/** For a build's log: what of its `of` outputs came from the cache, `kept` of them; `whole` names them when all did ('' when none did). */
export function fromCacheNote(kept: number, of: number, whole: string): string {
  return kept === 0 ? '' : kept === of ? `, unchanged (${whole})` : `, ${kept} of them unchanged (from the cache)`;
}
