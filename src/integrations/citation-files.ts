/**
 * Each source's citation files (cite.bib, cite.ris, cite.json), made one
 * way from the articles the content loader handed the integration
 * (vite-plugin.ts): written into the built site after Astro has written the
 * pages, and served by the dev server on request. Not Astro routes: a route
 * costs Astro a few milliseconds of bookkeeping per file, which at 1,000
 * articles (3,000 files) added about 20 s to a build that writes them
 * all in about 2.5 s.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleData } from '../schemas/article.ts';
import { cslItemOf } from '../lib/bibliography/csl.ts';
import { formatCitation } from '../lib/bibliography/formats.ts';
import { CITATION_FORMATS, type CitationFormat } from '../lib/bibliography/citation-formats.ts';

export interface CitableArticle {
  readonly id: string;
  readonly data: ArticleData;
}

const FORMATS = Object.keys(CITATION_FORMATS) as CitationFormat[];

/**
 * Synchronous writes, one after another: nothing else runs at this point of
 * the build, and for thousands of small files they take a fifth of the time
 * that as many promises spend queueing on libuv's thread pool.
 */
export function writeCitationFiles(outDir: string, articles: readonly CitableArticle[]): number {
  for (const article of articles) {
    const dir = path.join(outDir, 'sources', article.id);
    mkdirSync(dir, { recursive: true });
    const item = cslItemOf(article.id, article.data);
    for (const format of FORMATS) writeFileSync(path.join(dir, CITATION_FORMATS[format].file), formatCitation(item, format));
  }
  return articles.length * FORMATS.length;
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
