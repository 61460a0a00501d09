/**
 * A title as readers see it. A title the dossier supplied for an article
 * that has none of its own is put in square brackets, the cataloguing
 * convention (ISBD, AACR2; APA's "[Description]") for a title not found on
 * the item, so that no one quotes it as the article's headline.
 */
import type { ArticleData } from '../../schemas/article.ts';

/** What a title needs: `title_supplied` may be left out, as in a file's frontmatter. */
export type TitleFields = Pick<ArticleData, 'title'> & Partial<Pick<ArticleData, 'title_supplied'>>;

export function displayTitle(data: TitleFields): string {
  return data.title_supplied ? `[${data.title}]` : data.title;
}
