/**
 * Indexes a built site for search with Pagefind (its Node API, which runs
 * the Pagefind binary in a process of its own), in the dossier
 * integration's build:done hook, so that every build (`astro build` as well
 * as `npm run build`) gives a searchable site. Layouts decide what is
 * indexed through their `data-pagefind-*` attributes. Each page is handed
 * to Pagefind with a word boundary where two elements meet
 * (src/lib/search/element-boundaries.ts), so that table cells and other
 * blocks are not indexed run together; the site's files stay as built.
 *
 * Pagefind reads the pages after Astro has written them all, from a staged
 * copy, on all cores at once. Handing each page over while Astro rendered
 * it (a wrapped prerenderer) was measured slower on two cores: Pagefind's
 * service parses the pages it is handed one at a time, and it and the
 * separation took the core that Astro's rendering also used (1,000
 * articles: page generation 3.9 → 6.3 s, Pagefind 3.0 → 1.7 s).
 *
 * Pagefind holds every page of an index in memory until it writes the
 * index (about 240 KB a source page). A site with more pages than
 * `pagesPerIndex` is therefore indexed in parts, one after the other, each
 * by a Pagefind process of its own, which the search page merges
 * (Pagefind's `mergeIndex`); the next part is read and staged while
 * Pagefind indexes the last. src/lib/search/part-plan.ts says which pages
 * each part holds; src/lib/search/index-parts.ts where each part lies.
 *
 * Pagefind rebuilds an index whole. So that a rebuild after an added source
 * indexes what changed rather than the whole site, each part's index is
 * kept in `cacheFolder` under the digest of what it was made from (the
 * pages, their paths, the part's place, Pagefind's version and binary, the
 * source of this module and of the word boundaries: INDEXER) and put
 * back from there (src/integrations/kept-files.ts) when a later build has
 * the same: a part is made the same from the same pages, so a reused part
 * is byte for byte what Pagefind would write again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { separateAdjacentElements } from '../lib/search/element-boundaries.ts';
import { SEARCH_INDEX_FOLDER, SEARCH_PARTS_FILE, searchPartFolder } from '../lib/search/index-parts.ts';
import { planSearchParts } from '../lib/search/part-plan.ts';
import { isRunning, processIdentity } from '../lib/processes.ts';
import { forgetOtherEntries, fromCacheNote, keepFolder, putFolder, sourceDigest } from './kept-files.ts';

/** Files read at once: enough to keep the disk busy, few enough to bound memory. */
const READ_BATCH = 32;

const PAGEFIND_BODY = 'data-pagefind-body';

/** What a merged part is read for (the rest of a Pagefind bundle, its scripts, styles and WebAssembly, comes from the first). */
const MERGED_PART_FILES = /^(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(?:index|fragment|filter)\/)$/u;

/**
 * What writes a part, in every kept part's digest: Pagefind's version and
 * the binary it runs (its npm package names the version; PAGEFIND_BINARY_PATH
 * may name another binary), and the source of this module (its options to
 * Pagefind, what a further part keeps) and of the word boundaries it adds
 * to the staged copy of each page.
 */
const INDEXER = [
  `pagefind ${(JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version}`,
  `binary ${process.env['PAGEFIND_BINARY_PATH'] ?? ''} ${process.env['PAGEFIND_EXTENDED_BINARY_PATH'] ?? ''}`,
  sourceDigest([new URL(import.meta.url), new URL('../lib/search/element-boundaries.ts', import.meta.url)]),
].join('\n');

export interface SearchIndexOptions {
  /** The most pages one index part holds: a whole number from 1 (the integration's options are checked so). */
  readonly pagesPerIndex: number;
  /** The archive's pages (each source's page, as a file of the site) and each one's place in the archive: they keep their part as it grows. */
  readonly archiveOrder?: ReadonlyMap<string, number>;
  /** Where each part's index is kept for later builds to reuse (Astro's cache folder); none: every part is indexed. */
  readonly cacheFolder?: string | undefined;
}

export interface SearchIndexResult {
  /** A line for the build's log. */
  readonly summary: string;
  /** The folders of the index's parts under SEARCH_INDEX_FOLDER, the first (`''`) included. */
  readonly parts: readonly string[];
}

/** Writes `site`/pagefind/ (and its further parts); returns what it did, or throws with Pagefind's errors. */
export async function buildSearchIndex(site: string, { pagesPerIndex, archiveOrder = new Map(), cacheFolder }: SearchIndexOptions): Promise<SearchIndexResult> {
  const started = performance.now();
  // The synchronous walk lists a site of 10,000 pages in half the time of the asynchronous one.
  const files = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${SEARCH_INDEX_FOLDER}${path.sep}`))
    .sort();
  // Planned over every page, indexed or not: known before any is read, so that the pages are read a part at a time.
  const plan = planSearchParts(files, pagesPerIndex, archiveOrder);
  const staging = await stagingFolder(cacheFolder);
  const cache = cacheFolder === undefined ? undefined : path.join(cacheFolder, 'search-index');
  let parts: string[] = [];
  let reused = 0;
  try {
    // An index an earlier build left (an output folder not emptied) may share its files with kept parts: removed, never written into.
    await rm(path.join(site, SEARCH_INDEX_FOLDER), { recursive: true, force: true });
    if (cache) await mkdir(cache, { recursive: true });
    let made = await indexParts(site, plan, staging, cache, false);
    // A site without data-pagefind-body anywhere has every page indexed whole, as Pagefind does.
    if (made.parts.length === 0) made = await indexParts(site, plan, staging, cache, true);
    ({ parts, reused } = made);
    if (cache) forgetOtherEntries(cache, new Set(made.digests));
    await writeFile(path.join(site, SEARCH_INDEX_FOLDER, SEARCH_PARTS_FILE), `${JSON.stringify(parts.slice(1))}\n`);
  } catch (error) {
    throw new Error(`Pagefind could not index the site:\n${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  let pages = 0;
  for (const part of parts) pages += await indexedPages(path.join(site, SEARCH_INDEX_FOLDER, part));
  const inParts = parts.length > 1 ? ` in ${parts.length} parts` : '';
  const fromCache = fromCacheNote(reused, parts.length, 'the index from the cache');
  return { summary: `Indexed ${pages} pages for search${inParts}${fromCache} in ${Math.round(performance.now() - started)} ms.`, parts };
}

/**
 * An empty folder of this build's own for the staged pages, removed when
 * the index is done. In the cache folder, one per build process, so that
 * the staging of a build that was killed, which nothing else would remove,
 * is removed by the next build of the same site; without a cache folder, a
 * new folder in the system's temporary folder.
 */
async function stagingFolder(cacheFolder: string | undefined): Promise<string> {
  if (cacheFolder === undefined) return mkdtemp(path.join(os.tmpdir(), 'dossier-search-'));
  const parent = path.join(cacheFolder, 'search-staging');
  await mkdir(parent, { recursive: true });
  for (const name of await readdir(parent)) {
    if (!isRunning(name)) await rm(path.join(parent, name), { recursive: true, force: true });
  }
  const own = path.join(parent, processIdentity(process.pid));
  await rm(own, { recursive: true, force: true });
  await mkdir(own);
  return own;
}

/** A part of the index, ready: the digest of what it is made from, and its kept index, or the folder of its staged pages. */
interface PreparedPart {
  readonly digest: string;
  /** The kept index of a part made from the same, to be put in place. */
  readonly kept: string | undefined;
  /** Otherwise, the folder of its staged pages, for Pagefind to index. */
  readonly from: string;
}

/**
 * Makes the index of each part of `plan` in turn, in its folder under the
 * site's SEARCH_INDEX_FOLDER: put back from the cache when kept, otherwise
 * indexed by Pagefind from its staged pages. The next part is read and
 * staged while Pagefind indexes the last one: Pagefind's process and the
 * staging's reads and writes use different cores.
 */
async function indexParts(site: string, plan: readonly (readonly string[])[], staging: string, cache: string | undefined, indexAll: boolean): Promise<{ parts: string[]; digests: string[]; reused: number }> {
  const parts: string[] = [];
  const digests: string[] = [];
  /** Kept parts, put in place once every part is indexed: the first part's folder holds the others', and is kept whole. */
  const keptParts: { kept: string; output: string }[] = [];
  let indexing: Promise<void> = Promise.resolve();
  try {
    for (const files of plan) {
      const n = parts.length;
      const part = await preparePart(site, files, searchPartFolder(n), path.join(staging, String(n)), cache, indexAll);
      if (!part) continue;
      const output = path.join(site, SEARCH_INDEX_FOLDER, searchPartFolder(n));
      parts.push(searchPartFolder(n));
      digests.push(part.digest);
      if (part.kept) {
        keptParts.push({ kept: part.kept, output });
        continue;
      }
      // One Pagefind process at a time: each holds its part's pages in memory.
      await indexing;
      indexing = (async () => {
        await indexPart(part.from, output);
        if (n > 0) await keepMergedPartFiles(output);
        if (cache) keepFolder(output, path.join(cache, part.digest));
      })();
      // Awaited before the next part is indexed, or below; until then its failure is not an unhandled rejection.
      indexing.catch(() => undefined);
    }
  } finally {
    await indexing;
  }
  for (const { kept, output } of keptParts) putFolder(kept, output);
  return { parts, digests, reused: keptParts.length };
}

/**
 * Reads the pages of one part and prepares it when it has pages to index
 * (those with data-pagefind-body, or every page when `indexAll`): one whose
 * digest names a kept index is taken from the cache; the others have a
 * separated copy of each page staged into a folder of their own, which
 * Pagefind reads as it reads a site, on all its cores at once (handing it
 * page by page, addHTMLFile, made it wait on each). Its pages are all the
 * memory it takes. Undefined when no page of the part is to be indexed:
 * such a part is no index at all (an index without a language fails the
 * search page).
 */
async function preparePart(site: string, files: readonly string[], folder: string, from: string, cache: string | undefined, indexAll: boolean): Promise<PreparedPart | undefined> {
  const pages = new Map<string, string>();
  for (let i = 0; i < files.length; i += READ_BATCH) {
    const batch = files.slice(i, i + READ_BATCH);
    const contents = await Promise.all(batch.map((file) => readFile(path.join(site, file), 'utf8')));
    // Once any page has data-pagefind-body (every layout with searchable text does), Pagefind indexes only those:
    // the others (print, search, lists of pages) it would parse only to drop.
    batch.forEach((file, j) => {
      if (indexAll || contents[j]!.includes(PAGEFIND_BODY)) pages.set(file, contents[j]!);
    });
  }
  if (pages.size === 0) return undefined;
  const digest = partDigest(folder, pages);
  const kept = cache && path.join(cache, digest);
  if (kept && existsSync(kept)) return { digest, kept, from };
  for (const dir of new Set([...pages.keys()].map((file) => path.dirname(path.join(from, file))))) await mkdir(dir, { recursive: true });
  const staged = [...pages].map(([file, content]) => [file, separateAdjacentElements(content)] as const);
  // Several writes at once: creating thousands of small files is mostly the kernel's time, which the pool spreads.
  for (let i = 0; i < staged.length; i += READ_BATCH) {
    await Promise.all(staged.slice(i, i + READ_BATCH).map(([file, content]) => writeFile(path.join(from, file), content)));
  }
  return { digest, kept: undefined, from };
}

/** The digest of what part `folder` is made from: its pages, each by its path and its content, in the site's order. */
function partDigest(folder: string, pages: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256').update(`${INDEXER}\npart ${folder}\n`);
  for (const [page, content] of pages) hash.update(`${page}\n${createHash('sha256').update(content).digest('base64url')}\n`);
  return hash.digest('hex');
}

/** Indexes the staged pages in `from` into `to` by a Pagefind process of its own, killed before the next part is indexed. */
async function indexPart(from: string, to: string): Promise<void> {
  try {
    const { index, errors: created } = await pagefind.createIndex({});
    if (!index) throw new Error(created.join('\n'));
    const added = await index.addDirectory({ path: from });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const { errors } = await index.writeFiles({ outputPath: to });
    if (errors.length > 0) throw new Error(errors.join('\n'));
  } finally {
    await pagefind.close();
  }
}

/** Removes from a further part what the search page loads from the first part only: its scripts, styles and WebAssembly. */
async function keepMergedPartFiles(folder: string): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const name = entry.isDirectory() ? `${entry.name}/` : entry.name;
    if (!MERGED_PART_FILES.test(name)) await rm(path.join(folder, entry.name), { recursive: true, force: true });
  }
}

/** The pages Pagefind kept in the index at `folder`: its entry file counts them (those without data-pagefind-body are left out). */
async function indexedPages(folder: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
