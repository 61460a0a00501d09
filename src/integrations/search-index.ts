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
 * (Pagefind's `mergeIndex`). src/lib/search/part-plan.ts says which pages
 * each part holds; src/lib/search/index-parts.ts where each part lies.
 *
 * Pagefind rebuilds an index whole. So that a rebuild after an added source
 * indexes what changed rather than the whole site, each part's index is
 * kept in `cacheFolder` under the digest of what it was made from (the
 * staged pages, their paths, the part's place, Pagefind's version) and
 * copied from there when a later build has the same: a part is made the
 * same from the same pages, so a reused part is byte for byte what Pagefind
 * would write again.
 */
import { createHash } from 'node:crypto';
import { constants, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { separateAdjacentElements } from '../lib/search/element-boundaries.ts';
import { SEARCH_INDEX_FOLDER, SEARCH_PARTS_FILE, searchPartFolder } from '../lib/search/index-parts.ts';
import { planSearchParts } from '../lib/search/part-plan.ts';

/** Files read at once: enough to keep the disk busy, few enough to bound memory. */
const READ_BATCH = 32;

/** Files linked or copied at once. */
const COPY_BATCH = 64;

const PAGEFIND_BODY = 'data-pagefind-body';

/** What a merged part is read for (the rest of a Pagefind bundle, its scripts, styles and WebAssembly, comes from the first). */
const MERGED_PART_FILES = /^(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(?:index|fragment|filter)\/)$/u;

/** Part of every cached part's digest: change it when a part is written differently from the same pages. */
const CACHE_FORMAT = 'search-index-part 1';

const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

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
  const files = (await readdir(site, { recursive: true }))
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${SEARCH_INDEX_FOLDER}${path.sep}`))
    .sort();
  // Planned over every page, indexed or not: known before any is read, so that each page is staged straight into its
  // part's folder, which Pagefind reads as it reads a site: all its cores at once, where handing it page by page
  // (addHTMLFile) made it wait on each.
  const plan = planSearchParts(files, pagesPerIndex, archiveOrder);
  const staging = await mkdtemp(path.join(os.tmpdir(), 'dossier-search-'));
  const cache = cacheFolder === undefined ? undefined : path.join(cacheFolder, 'search-index');
  let parts: string[] = [];
  let reused = 0;
  try {
    const staged = await stagePages(site, plan, staging);
    // A part whose pages are all left out is no index at all (an index without a language fails the search page).
    const nonEmpty = plan.flatMap((pages, n) => {
      const indexed = pages.filter((page) => staged.has(page));
      return indexed.length > 0 ? [{ from: path.join(staging, String(n)), pages: indexed }] : [];
    });
    if (nonEmpty.length === 0) nonEmpty.push({ from: path.join(staging, '0'), pages: [] });
    parts = nonEmpty.map((_, n) => searchPartFolder(n));
    if (cache) await mkdir(cache, { recursive: true });
    const used: string[] = [];
    for (const [n, { from, pages }] of nonEmpty.entries()) {
      const output = path.join(site, SEARCH_INDEX_FOLDER, parts[n]!);
      const digest = partDigest(parts[n]!, pages, staged);
      used.push(digest);
      if (cache && (await linkedOrCopied(path.join(cache, digest), output))) {
        reused += 1;
        continue;
      }
      await mkdir(from, { recursive: true });
      await indexPart(from, output);
      if (n > 0) await keepMergedPartFiles(output);
      if (cache) await keep(output, cache, digest);
    }
    if (cache) await forgetOthers(cache, used);
    await writeFile(path.join(site, SEARCH_INDEX_FOLDER, SEARCH_PARTS_FILE), `${JSON.stringify(parts.slice(1))}\n`);
  } catch (error) {
    throw new Error(`Pagefind could not index the site:\n${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  let pages = 0;
  for (const part of parts) pages += await indexedPages(path.join(site, SEARCH_INDEX_FOLDER, part));
  const inParts = parts.length > 1 ? ` in ${parts.length} parts` : '';
  const fromCache = reused === 0 ? '' : reused === parts.length ? ', unchanged (the index from the cache)' : `, ${reused} of them unchanged (from the cache)`;
  return { summary: `Indexed ${pages} pages for search${inParts}${fromCache} in ${Math.round(performance.now() - started)} ms.`, parts };
}

/**
 * Stages a separated copy of each page Pagefind indexes in `plan` into
 * `staging`/<its part's number>/; returns the digest of each staged copy,
 * by page.
 */
async function stagePages(site: string, plan: readonly (readonly string[])[], staging: string): Promise<Map<string, string>> {
  const partOf = new Map(plan.flatMap((pages, n) => pages.map((page) => [page, n] as const)));
  const files = [...partOf.keys()].sort();
  const digests = new Map<string, string>();
  const stage = async (file: string, content: string) => {
    const separated = separateAdjacentElements(content);
    digests.set(file, createHash('sha256').update(separated).digest('base64url'));
    const to = path.join(staging, String(partOf.get(file)), file);
    await mkdir(path.dirname(to), { recursive: true });
    await writeFile(to, separated);
  };
  const unmarked: string[] = [];
  for (let i = 0; i < files.length; i += READ_BATCH) {
    const batch = files.slice(i, i + READ_BATCH);
    const contents = await Promise.all(batch.map((file) => readFile(path.join(site, file), 'utf8')));
    await Promise.all(batch.map((file, j) => {
      // Once any page has data-pagefind-body (every layout with searchable text does), Pagefind indexes only those:
      // the others (print, search, lists of pages) it would parse only to drop.
      if (contents[j]!.includes(PAGEFIND_BODY)) return stage(file, contents[j]!);
      unmarked.push(file);
      return undefined;
    }));
  }
  // A site without data-pagefind-body anywhere has every page indexed whole, as Pagefind does.
  if (digests.size === 0) for (const file of unmarked) await stage(file, await readFile(path.join(site, file), 'utf8'));
  return digests;
}

/** The digest of what part `folder` is made from: its pages, each by its path and its staged copy. */
function partDigest(folder: string, pages: readonly string[], digests: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256').update(`${CACHE_FORMAT}\npagefind ${PAGEFIND_VERSION}\npart ${folder}\n`);
  for (const page of pages) hash.update(`${page}\n${digests.get(page)}\n`);
  return hash.digest('hex');
}

/**
 * Puts the files of folder `from` into `to`, as hard links where the file
 * system allows (a part is thousands of small files: linked in a tenth of
 * the time a copy takes), else as copies. A built site's files are never
 * changed in place (each build writes a folder of new files), so a kept
 * part and the sites that use it can share them.
 */
async function linkFolder(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)));
  for (const folder of new Set(['.', ...files.map((file) => path.dirname(file))])) await mkdir(path.join(to, folder), { recursive: true });
  const put = async (file: string) => {
    try {
      await link(path.join(from, file), path.join(to, file));
    } catch (error) {
      // Another device (EXDEV), or a file system without hard links.
      if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
      await copyFile(path.join(from, file), path.join(to, file), constants.COPYFILE_FICLONE);
    }
  };
  for (let i = 0; i < files.length; i += COPY_BATCH) await Promise.all(files.slice(i, i + COPY_BATCH).map(put));
}

/** Puts the kept part `from` into `to`; false when there is none. */
async function linkedOrCopied(from: string, to: string): Promise<boolean> {
  try {
    await linkFolder(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Keeps the part written to `output` in `cache` under `digest`, whole or not at all (put in a folder of its own, then renamed). */
async function keep(output: string, cache: string, digest: string): Promise<void> {
  const writing = path.join(cache, `${digest}.${process.pid}.writing`);
  await rm(writing, { recursive: true, force: true });
  await linkFolder(output, writing);
  await rm(path.join(cache, digest), { recursive: true, force: true });
  await rename(writing, path.join(cache, digest));
}

/** Removes the kept parts this build did not use (and what a killed build left half-written). */
async function forgetOthers(cache: string, used: readonly string[]): Promise<void> {
  for (const name of await readdir(cache)) {
    if (!used.includes(name)) await rm(path.join(cache, name), { recursive: true, force: true });
  }
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
