/**
 * schema.org JSON-LD for a source page: the page's main entity is the news
 * article it reproduces, described only with what the frontmatter states.
 */
import type { ArticleData } from '../../schemas/article.ts';
import { UNKNOWN_OUTLET } from './csl.ts';
import { isoDateText } from '../dates/partial-date.ts';
import { displayTitle, type TitleFields } from './display-title.ts';

export interface JsonLdPage {
  /** Absolute URL of the source page. */
  readonly pageUrl: string;
  /** The dossier the page belongs to. */
  readonly dossier: { readonly name: string; readonly url: string };
}

/**
 * The NewsArticle of one article; an unknown date or outlet is left out. A
 * title the dossier supplied is no headline of the article's: it is given as
 * the article's `name`, in its brackets, and `headline` is left out.
 */
export function newsArticleJsonLd(data: TitleFields & Pick<ArticleData, 'outlet' | 'published' | 'url' | 'language'>, page: JsonLdPage): Record<string, unknown> {
  const datePublished = isoDateText(data.published);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...(data.title_supplied ? { name: displayTitle(data) } : { headline: data.title }),
    ...(datePublished ? { datePublished } : {}),
    ...(data.outlet !== UNKNOWN_OUTLET ? { publisher: { '@type': 'Organization', name: data.outlet } } : {}),
    ...(data.url ? { url: data.url } : {}),
    inLanguage: data.language,
    mainEntityOfPage: {
      '@type': 'WebPage',
      '@id': page.pageUrl,
      isPartOf: { '@type': 'WebSite', name: page.dossier.name, url: page.dossier.url },
    },
  };
}
