/**
 * The routes behind each source page's citation files (`cite.bib`,
 * `cite.ris`, `cite.json`), injected by the dossier integration: made on
 * request in `astro dev`, prerendered in a build. Each formats the article's
 * frontmatter alone, which its cacheKey hashes.
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
