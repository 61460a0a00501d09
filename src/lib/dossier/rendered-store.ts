/**
 * Renderings of citing documents (the lede, the topics) kept on disk, in
 * Astro's cache folder, for the next build: a topic page that is unchanged,
 * as is everything it shows of other files, is not rendered and verified
 * again. A rebuild after `npm run add` renders only the documents that cite
 * what changed.
 *
 * An entry is found by its document (path and the digest of its bytes), the
 * dossier's language, the site's root URL, the digest of the code that
 * renders (`codeDigest`) and the runtime that formats; it is used only when what it showed of other files
 * is still what they hold (`shown`, which the assembly computes: each cited
 * article's digest and number, each citation's origins, each referenced
 * claim's verdict). Only renderings without errors are kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { RenderedDocument } from './documents.ts';
import { isRunning } from '../processes.ts';

/** An entry as kept on disk. */
interface StoredRendering {
  readonly rendered: RenderedDocument;
  /** What the rendering showed of other files, as a string to compare. */
  readonly shown: string;
}

export interface RenderedStore {
  /** The entry key of a document: its path, the digest of its bytes, and the dossier's language. */
  keyOf(file: string, digest: string, language: string): string;
  /** The rendering kept under `key` when what it showed of other files is what `shownNow` makes of it now; undefined otherwise. */
  reuse(key: string, shownNow: (rendered: RenderedDocument) => string): RenderedDocument | undefined;
  /** Keeps `rendered` under `key`, with what it shows of other files. */
  put(key: string, rendered: RenderedDocument, shown: string): void;
  /** Removes the entries neither read nor written since the store was opened: documents that changed or are gone. */
  forgetUnused(): void;
  /** How many renderings were reused since the store was opened. */
  readonly reused: number;
}

/** The names Astro's config file and the package managers' lockfiles may have. */
const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs', 'astro.config.cts'];
const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb'];

/**
 * The digest of what renders a document: the project's source folder
 * (`src/`, where the Markdown pipeline and any plugins of the project's own
 * live; a content folder inside it, `skip`, left out), its Astro config
 * (which plugins, with which options), its lockfile (the versions of every
 * package), and `renderer`, a description of the plugins as configured
 * (their source and options: the options a config computes from the
 * environment, say). A change to any of them renders every document again.
 */
export function codeDigest(root: string, renderer: string, skip?: string): string {
  const hash = createHash('sha256').update(`${renderer}\n`);
  const sourceFolder = path.join(root, 'src');
  const inSkipped = (file: string) => skip !== undefined && !path.relative(skip, file).startsWith('..');
  const sources = existsSync(sourceFolder)
    ? readdirSync(sourceFolder, { recursive: true, withFileTypes: true })
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => !inSkipped(file) && statSync(file, { throwIfNoEntry: false })?.isFile())
      .sort()
    : [];
  for (const file of [...sources, ...[...CONFIG_FILES, ...LOCKFILES].map((name) => path.join(root, name))]) {
    if (!existsSync(file)) continue;
    hash.update(`${path.relative(root, file)}\n`).update(readFileSync(file)).update('\n');
  }
  return hash.digest('hex');
}

/**
 * What formats dates, numbers and plurals besides the code: Node's version,
 * its ICU data, and the locale Intl falls back to for a language it lacks.
 */
const runtime = (): string => JSON.stringify([process.version, process.versions.icu, Intl.DateTimeFormat().resolvedOptions().locale]);

/** The store in `folder`, for renderings made by code `code` (codeDigest) for a site whose root URL is `siteRoot`. */
export function openRenderedStore(folder: string, code: string, siteRoot: string): RenderedStore {
  const used = new Set<string>();
  const environment = runtime();
  let reused = 0;
  const fileOf = (key: string) => path.join(folder, `${key}.bin`);
  return {
    keyOf: (file, digest, language) => createHash('sha256').update(JSON.stringify([code, environment, siteRoot, language, file, digest])).digest('hex'),
    reuse(key, shownNow) {
      used.add(key);
      try {
        const entry = deserialize(readFileSync(fileOf(key))) as StoredRendering;
        if (shownNow(entry.rendered) !== entry.shown) return undefined;
        reused += 1;
        return entry.rendered;
      } catch {
        // None yet, or one a killed build left half-written (or any file that is not an entry): rendered again.
        return undefined;
      }
    },
    put(key, rendered, shown) {
      used.add(key);
      const entry: StoredRendering = { rendered, shown };
      try {
        mkdirSync(folder, { recursive: true });
        // Whole or not at all: written beside it, then renamed over it.
        const writing = `${fileOf(key)}.${process.pid}.writing`;
        writeFileSync(writing, serialize(entry));
        renameSync(writing, fileOf(key));
      } catch {
        // A cache that cannot be written costs the next build time, not this one its result.
      }
    },
    forgetUnused() {
      if (!existsSync(folder)) return;
      for (const name of readdirSync(folder)) {
        // An entry another build is writing now is that build's to rename.
        const writer = /\.(\d+)\.writing$/u.exec(name)?.[1];
        if (writer !== undefined && Number(writer) !== process.pid && isRunning(Number(writer))) continue;
        if (!used.has(name.replace(/\.bin$/u, ''))) rmSync(path.join(folder, name), { force: true });
      }
    },
    get reused() {
      return reused;
    },
  };
}
