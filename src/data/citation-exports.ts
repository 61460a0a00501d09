/**
 * The routes behind each source page's citation files (`cite.bib`,
 * `cite.ris`, `cite.json`) in `astro dev`, where they are made on request. A
 * build writes the same files in its build:done hook instead
 * (src/integrations/citation-files.ts); both format the article's
 * frontmatter alone, so two builds give the same bytes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDossier, cacheKeyOf } from './dossier';
import { cslItemOf } from '../lib/bibliography/csl';
import { formatCitation } from '../lib/bibliography/formats';
import { CITATION_FORMATS, type CitationFormat } from '../lib/bibliography/citation-formats';

export function citationExport(format: CitationFormat) {
  const getStaticPaths = (async () => {
    const dossier = await getDossier();
    return dossier.articles.map((article) => ({ params: { id: article.id }, cacheKey: cacheKeyOf(format, article.id, article.data) }));
  }) satisfies GetStaticPaths;

  const GET: APIRoute = async ({ params }) => {
    const article = (await getDossier()).article(String(params['id']))!;
    const body = formatCitation(cslItemOf(article.id, article.data), format);
    return new Response(body, { headers: { 'Content-Type': CITATION_FORMATS[format].mediaType } });
  };

  return { getStaticPaths, GET };
}
