/**
 * Writes each source's citation files (cite.bib, cite.ris, cite.json) into
 * the built site. They are plain files derived from frontmatter alone, so
 * they are emitted here, after Astro has written the pages, rather than as
 * three Astro routes per article: a route costs Astro a few milliseconds of
 * bookkeeping per file, which at thousands of articles was most of the
 * build. `astro dev` serves the same files through routes (src/routes/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleData } from '../schemas/article.ts';
import { cslItemOf } from '../lib/bibliography/csl.ts';
import { formatCitation } from '../lib/bibliography/formats.ts';
import { CITATION_FORMATS, type CitationFormat } from '../lib/bibliography/citation-formats.ts';

/**
 * Synchronous writes, one after another: nothing else runs at this point of
 * the build, and for thousands of small files they take a fifth of the time
 * that as many promises spend queueing on libuv's thread pool.
 */
export function writeCitationFiles(outDir: string, articles: ReadonlyArray<{ readonly id: string; readonly data: ArticleData }>): number {
  const formats = Object.keys(CITATION_FORMATS) as CitationFormat[];
  for (const article of articles) {
    const dir = path.join(outDir, 'sources', article.id);
    mkdirSync(dir, { recursive: true });
    const item = cslItemOf(article.id, article.data);
    for (const format of formats) writeFileSync(path.join(dir, CITATION_FORMATS[format].file), formatCitation(item, format));
  }
  return articles.length * formats.length;
}
