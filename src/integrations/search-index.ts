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
 * by a Pagefind process of its own (src/lib/search/index-parts.ts says
 * where each lies), which the search page merges (Pagefind's
 * `mergeIndex`). Pages are dealt to the parts in turn, so that each part
 * holds every kind of page alike and ranks words alike.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { separateAdjacentElements } from '../lib/search/element-boundaries.ts';
import { SEARCH_INDEX_FOLDER, SEARCH_PARTS_FILE, searchPartFolder } from '../lib/search/index-parts.ts';

/** Files read at once: enough to keep the disk busy, few enough to bound memory. */
const READ_BATCH = 32;

const PAGEFIND_BODY = 'data-pagefind-body';

/** What a merged part is read for (the rest of a Pagefind bundle, its scripts, styles and WebAssembly, comes from the first). */
const MERGED_PART_FILES = /^(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(?:index|fragment|filter)\/)$/u;

export interface SearchIndexOptions {
  /** The most pages one index part holds: a whole number from 1 (the integration's options are checked so). */
  readonly pagesPerIndex: number;
}

export interface SearchIndexResult {
  /** A line for the build's log. */
  readonly summary: string;
  /** The folders of the index's parts under SEARCH_INDEX_FOLDER, the first (`''`) included. */
  readonly parts: readonly string[];
}

/** Writes `site`/pagefind/ (and its further parts); returns what it did, or throws with Pagefind's errors. */
export async function buildSearchIndex(site: string, { pagesPerIndex }: SearchIndexOptions): Promise<SearchIndexResult> {
  const started = performance.now();
  const files = (await readdir(site, { recursive: true }))
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${SEARCH_INDEX_FOLDER}${path.sep}`))
    .sort();
  // Counted over every page, indexed or not: known before any is read, and a part then holds at most pagesPerIndex.
  const partCount = Math.max(1, Math.ceil(files.length / pagesPerIndex));
  let parts: string[] = [];
  // The separated copies go to a folder of their own per part, which Pagefind reads as it reads a site: all its cores
  // at once, where handing it page by page (addHTMLFile) made it wait on each.
  const staging = await mkdtemp(path.join(os.tmpdir(), 'dossier-search-'));
  const stagedPart = (n: number) => path.join(staging, String(n));
  try {
    const unmarked: string[] = [];
    let staged = 0;
    const stage = async (file: string, content: string) => {
      const to = path.join(stagedPart(staged % partCount), file);
      staged += 1;
      await mkdir(path.dirname(to), { recursive: true });
      await writeFile(to, separateAdjacentElements(content));
    };
    for (let i = 0; i < files.length; i += READ_BATCH) {
      const batch = files.slice(i, i + READ_BATCH);
      const contents = await Promise.all(batch.map((file) => readFile(path.join(site, file), 'utf8')));
      // Dealt in the files' order, whatever order the reads finished in: the same site gives the same parts.
      await Promise.all(batch.map((file, j) => {
        // Once any page has data-pagefind-body (every layout with searchable text does), Pagefind indexes only those:
        // the others (print, search, lists of pages) it would parse only to drop.
        if (contents[j]!.includes(PAGEFIND_BODY)) return stage(file, contents[j]!);
        unmarked.push(file);
        return undefined;
      }));
    }
    // A site without data-pagefind-body anywhere has every page indexed whole, as Pagefind does.
    if (staged === 0) for (const file of unmarked) await stage(file, await readFile(path.join(site, file), 'utf8'));
    // Dealt in turn, the first `staged` parts have pages when fewer pages are indexed than there are parts; a part
    // without pages would be an index without a language, which fails the search page.
    parts = Array.from({ length: Math.max(1, Math.min(partCount, staged)) }, (_, n) => searchPartFolder(n));
    for (const [n, part] of parts.entries()) {
      const output = path.join(site, SEARCH_INDEX_FOLDER, part);
      await indexPart(stagedPart(n), output);
      if (n > 0) await keepMergedPartFiles(output);
    }
    await writeFile(path.join(site, SEARCH_INDEX_FOLDER, SEARCH_PARTS_FILE), `${JSON.stringify(parts.slice(1))}\n`);
  } catch (error) {
    throw new Error(`Pagefind could not index the site:\n${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  let pages = 0;
  for (const part of parts) pages += await indexedPages(path.join(site, SEARCH_INDEX_FOLDER, part));
  const inParts = parts.length > 1 ? ` in ${parts.length} parts` : '';
  return { summary: `Indexed ${pages} pages for search${inParts} in ${Math.round(performance.now() - started)} ms.`, parts };
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
