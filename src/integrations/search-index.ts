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
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { separateAdjacentElements } from '../lib/search/element-boundaries.ts';

/** Files read at once: enough to keep the disk busy, few enough to bound memory. */
const READ_BATCH = 32;

const PAGEFIND_BODY = 'data-pagefind-body';

/** Writes `site`/pagefind/; returns what it did, or throws with Pagefind's errors. */
export async function buildSearchIndex(site: string): Promise<string> {
  const started = performance.now();
  const files = (await readdir(site, { recursive: true }))
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
    .sort();
  // The separated copies go to a folder of their own, which Pagefind reads as it reads a site: all its cores at once,
  // where handing it page by page (addHTMLFile) made it wait on each.
  const staging = await mkdtemp(path.join(os.tmpdir(), 'dossier-search-'));
  const { index, errors: created } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(created.join('\n'));
    const unmarked: string[] = [];
    let staged = 0;
    const stage = async (file: string, content: string) => {
      await mkdir(path.dirname(path.join(staging, file)), { recursive: true });
      await writeFile(path.join(staging, file), separateAdjacentElements(content));
      staged += 1;
    };
    for (let i = 0; i < files.length; i += READ_BATCH) {
      await Promise.all(files.slice(i, i + READ_BATCH).map(async (file) => {
        const content = await readFile(path.join(site, file), 'utf8');
        // Once any page has data-pagefind-body (every layout with searchable text does), Pagefind indexes only those:
        // the others (print, search, lists of pages) it would parse only to drop.
        if (content.includes(PAGEFIND_BODY)) await stage(file, content);
        else unmarked.push(file);
      }));
    }
    // A site without data-pagefind-body anywhere has every page indexed whole, as Pagefind does.
    if (staged === 0) for (const file of unmarked) await stage(file, await readFile(path.join(site, file), 'utf8'));
    const added = await index.addDirectory({ path: staging });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const { errors } = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (errors.length > 0) throw new Error(errors.join('\n'));
  } catch (error) {
    throw new Error(`Pagefind could not index the site:\n${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pagefind.close();
    await rm(staging, { recursive: true, force: true });
  }
  // Pagefind leaves out the pages without data-pagefind-body when it writes the index: its entry file counts those it kept.
  const entry = JSON.parse(await readFile(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  return `Indexed ${pages} pages for search in ${Math.round(performance.now() - started)} ms.`;
}
