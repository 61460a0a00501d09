/**
 * Writes each source's citation files (cite.bib, cite.ris, cite.json) into
 * the built site. They are plain files derived from frontmatter alone, so
 * they are emitted here, after Astro has written the pages, rather than as
 * three Astro routes per article: a route costs Astro a few milliseconds of
 * bookkeeping per file, which at thousands of articles was most of the
 * build. `astro dev` serves the same files through routes (src/routes/).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleData } from '../schemas/article.ts';
import { cslItemOf } from '../lib/bibliography/csl.ts';
import { CITATION_FORMATS, formatCitation, type CitationFormat } from '../lib/bibliography/formats.ts';

/** Files written at once: enough to keep the disk busy, few enough to stay clear of the open-file limit. */
const BATCH = 64;

export async function writeCitationFiles(outDir: string, articles: ReadonlyArray<{ readonly id: string; readonly data: ArticleData }>): Promise<number> {
  const formats = Object.keys(CITATION_FORMATS) as CitationFormat[];
  let written = 0;
  for (let i = 0; i < articles.length; i += BATCH) {
    await Promise.all(
      articles.slice(i, i + BATCH).map(async (article) => {
        const dir = path.join(outDir, 'sources', article.id);
        await mkdir(dir, { recursive: true });
        const item = cslItemOf(article.id, article.data);
        await Promise.all(formats.map((format) => writeFile(path.join(dir, CITATION_FORMATS[format].file), formatCitation(item, format))));
        written += formats.length;
      }),
    );
  }
  return written;
}
