/**
 * A source article as a CSL-JSON item, the data model reference managers
 * (Zotero, Mendeley, Pandoc's citeproc) share. Only what the article's
 * frontmatter states is mapped: an unknown outlet or date is left out rather
 * than written as "Unknown".
 */
import type { ArticleData } from '../../schemas/article.ts';
import { cslDateOf, type CslDate } from '../dates/partial-date.ts';
import { displayTitle, type TitleFields } from './display-title.ts';

/** The CSL-JSON fields this dossier can state about an article. */
export interface CslItem {
  readonly id: string;
  readonly 'citation-key': string;
  readonly type: 'article-newspaper';
  readonly title: string;
  readonly 'container-title'?: string;
  readonly publisher?: string;
  readonly issued?: CslDate;
  readonly URL?: string;
  readonly accessed?: CslDate;
  readonly language: string;
}

/** The outlet name the schema asks for when the provenance does not say. */
export const UNKNOWN_OUTLET = 'Unknown';

/** The CSL-JSON item of one article; `id` is the article's id, also its citation key. */
export function cslItemOf(id: string, data: TitleFields & Pick<ArticleData, 'outlet' | 'published' | 'url' | 'retrieved' | 'language'>): CslItem {
  const outlet = data.outlet === UNKNOWN_OUTLET ? undefined : data.outlet;
  const issued = cslDateOf(data.published);
  const accessed = data.retrieved ? cslDateOf(data.retrieved) : undefined;
  return {
    id,
    'citation-key': id,
    type: 'article-newspaper',
    // A supplied title stays in its brackets in every bibliography made from the item.
    title: displayTitle(data),
    ...(outlet ? { 'container-title': outlet, publisher: outlet } : {}),
    ...(issued ? { issued } : {}),
    // As a URL parser writes it: braces, spaces and backslashes percent-encoded or resolved, so no field can be closed early in BibTeX or RIS.
    ...(data.url ? { URL: new URL(data.url).href } : {}),
    ...(accessed ? { accessed } : {}),
    language: data.language,
  };
}
