/**
 * Each source's citation files (cite.bib, cite.ris, cite.json), made one
 * way from the articles the content loader handed the integration
 * (vite-plugin.ts): written into the built site after Astro has written the
 * pages, and served by the dev server on request. Not Astro routes: a route
 * costs Astro a few milliseconds of bookkeeping per file, which at 1,000
 * articles (3,000 files) added about 20 s to a build that writes them
 * all in about 2.5 s.
 *
 * A build keeps each article's files in Astro's cache folder under the
 * digest of the citation they are made from (and of what writes them:
 * FORMATTERS); a later build links them back (kept-files.ts) rather than
 * write the same files again: at 10,000 articles, 30,000 files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ArticleData } from '../schemas/article.ts';
import { cslItemOf } from '../lib/bibliography/csl.ts';
import { formatCitation } from '../lib/bibliography/formats.ts';
import { CITATION_FORMATS, type CitationFormat } from '../lib/bibliography/citation-formats.ts';
import { forgetOtherEntries, keepFile, putFile, replaceFile, sourceDigest } from './kept-files.ts';

export interface CitableArticle {
  readonly id: string;
  readonly data: ArticleData;
}

const FORMATS = Object.keys(CITATION_FORMATS) as CitationFormat[];

/** What writes the files: the versions of the packages that format the citations, and the source of the modules that call them. */
const FORMATTERS = (() => {
  const require = createRequire(import.meta.url);
  const packages = ['@citation-js/core', '@citation-js/plugin-bibtex', '@citation-js/plugin-ris']
    .map((name) => `${name} ${(require(`${name}/package.json`) as { version: string }).version}`);
  const modules = ['./citation-files.ts', '../lib/bibliography/csl.ts', '../lib/bibliography/formats.ts', '../lib/bibliography/citation-formats.ts'];
  return [...packages, sourceDigest(modules.map((module) => new URL(module, import.meta.url)))].join('\n');
})();

/**
 * Writes each article's citation files under `outDir`/sources/<id>/, or
 * links them from `cacheFolder` where a build kept them; returns how many
 * files there are and how many were linked.
 *
 * Synchronous, one after another: nothing else runs at this point of the
 * build, and for thousands of small files they take a fifth of the time
 * that as many promises spend queueing on libuv's thread pool.
 */
export function writeCitationFiles(outDir: string, articles: readonly CitableArticle[], cacheFolder?: string): { files: number; kept: number } {
  const cache = cacheFolder === undefined ? undefined : path.join(cacheFolder, 'citation-files');
  if (cache) mkdirSync(cache, { recursive: true });
  const used = new Set<string>();
  let kept = 0;
  for (const article of articles) {
    const dir = path.join(outDir, 'sources', article.id);
    mkdirSync(dir, { recursive: true });
    const item = cslItemOf(article.id, article.data);
    const digest = createHash('sha256').update(`${FORMATTERS}\n${JSON.stringify(item)}`).digest('hex');
    // Each file is kept as <digest>-<file>; the last one's presence says the article's files were all kept.
    const entries = FORMATS.map((format) => ({ file: CITATION_FORMATS[format].file, entry: cache && path.join(cache, `${digest}-${CITATION_FORMATS[format].file}`), format }));
    for (const { entry } of entries) if (entry) used.add(path.basename(entry));
    if (cache && existsSync(entries.at(-1)!.entry!)) {
      for (const { file, entry } of entries) replaceFile(path.join(dir, file), (to) => putFile(entry!, to));
      kept += entries.length;
      continue;
    }
    for (const { file, entry, format } of entries) {
      replaceFile(path.join(dir, file), (to) => writeFileSync(to, formatCitation(item, format), { flag: 'wx' }));
      if (entry) keepFile(path.join(dir, file), entry);
    }
  }
  if (cache) forgetOtherEntries(cache, used);
  return { files: articles.length * FORMATS.length, kept };
}

/** The citation file at `pathname` (the base path taken off), for the dev server: its body and media type, or undefined when there is none. */
export function citationFileAt(pathname: string, articles: readonly CitableArticle[]): { body: string; mediaType: string } | undefined {
  const prefix = '/sources/';
  if (!pathname.startsWith(prefix)) return undefined;
  const [id, file, ...rest] = pathname.slice(prefix.length).split('/');
  const format = FORMATS.find((f) => CITATION_FORMATS[f].file === file);
  const article = articles.find((a) => a.id === decodeURIComponent(id ?? ''));
  if (rest.length > 0 || !format || !article) return undefined;
  return { body: formatCitation(cslItemOf(article.id, article.data), format), mediaType: CITATION_FORMATS[format].mediaType };
}
