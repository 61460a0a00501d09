/**
 * Renderings of citing documents (the lede, the topics) kept on disk, in
 * Astro's cache folder, for the next build: a topic page that is unchanged,
 * as is everything it shows of other files, is not rendered and verified
 * again. A rebuild after `npm run add` renders only the documents that cite
 * what changed.
 *
 * An entry is found by its document (path and the digest of its bytes), the
 * dossier's language, the site's root URL and the digest of the code that
 * renders (`codeDigest`); it is used only when what it showed of other files
 * is still what they hold (`shown`, which the assembly computes: each cited
 * article's digest and number, each citation's origins, each referenced
 * claim's verdict). Only renderings without errors are kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { RenderedDocument } from './documents.ts';

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

/**
 * The digest of what renders a document: the project's source folder
 * (`src/`, where the Markdown pipeline and any plugins of the project's own
 * live), its Astro config (which plugins, with which options) and its
 * lockfile (the versions of every package). A change to any of them
 * renders every document again.
 */
export function codeDigest(root: string): string {
  const hash = createHash('sha256');
  const sourceFolder = path.join(root, 'src');
  const sources = existsSync(sourceFolder)
    ? readdirSync(sourceFolder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort()
    : [];
  for (const file of [...sources, path.join(root, 'astro.config.mjs'), path.join(root, 'package-lock.json')]) {
    if (!existsSync(file)) continue;
    hash.update(`${path.relative(root, file)}\n`).update(readFileSync(file)).update('\n');
  }
  return hash.digest('hex');
}

/** The store in `folder`, for renderings made by code `code` (codeDigest) for a site whose root URL is `siteRoot`. */
export function openRenderedStore(folder: string, code: string, siteRoot: string): RenderedStore {
  const used = new Set<string>();
  let reused = 0;
  const fileOf = (key: string) => path.join(folder, `${key}.bin`);
  return {
    keyOf: (file, digest, language) => createHash('sha256').update(JSON.stringify([code, siteRoot, language, file, digest])).digest('hex'),
    reuse(key, shownNow) {
      used.add(key);
      let entry: StoredRendering;
      try {
        entry = deserialize(readFileSync(fileOf(key))) as StoredRendering;
      } catch {
        // None yet, or one a killed build left half-written: rendered again.
        return undefined;
      }
      if (shownNow(entry.rendered) !== entry.shown) return undefined;
      reused += 1;
      return entry.rendered;
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
        if (!used.has(name.replace(/\.bin$/u, ''))) rmSync(path.join(folder, name), { force: true });
      }
    },
    get reused() {
      return reused;
    },
  };
}
