/** Ordering sources by when they joined the dossier, and numbering them so. */
import { firstMomentOf } from '../dates/partial-date.ts';
import type { PublishedArticle } from './model.ts';
import type { ArticleData } from '../../schemas/article.ts';

/**
 * The moment an article counts from: the start of the day it was added, else
 * of the day, month or year it was published; nothing when neither is known.
 */
export function entryMoment(article: PublishedArticle): Date | undefined {
  return firstMomentOf(article.data.added ?? article.data.published);
}

/** Newest first, articles of unknown date last; ties by id, so the order never depends on the file system. */
export function articlesByRecency(articles: readonly PublishedArticle[]): PublishedArticle[] {
  const time = (article: PublishedArticle) => entryMoment(article)?.getTime() ?? Number.NEGATIVE_INFINITY;
  // Two unknown dates give NaN, a tie.
  return [...articles].sort((a, b) => (time(b) - time(a) || 0) || a.id.localeCompare(b.id));
}

/**
 * Each source's number, the label it carries on every page: 1, 2, 3… by the
 * day it was added (`added`), ties by id, then the sources with no day added,
 * by id. `npm run add` dates a new article today, so it takes the next
 * number and no existing number changes (but for articles added the same
 * day with a later id, and those with no day added, which each take the
 * number after theirs); so does an article filed by hand without `added`
 * whose id sorts last among those without one.
 */
export function sourceNumbers(articles: readonly { readonly id: string; readonly data: Pick<ArticleData, 'added'> }[]): Map<string, number> {
  const ordered = [...articles].sort((a, b) => {
    const [dayA, dayB] = [a.data.added, b.data.added];
    if (dayA === dayB) return a.id.localeCompare(b.id);
    if (dayA === undefined || dayB === undefined) return dayA === undefined ? 1 : -1;
    // ISO days (YYYY-MM-DD) sort as text.
    return dayA.localeCompare(dayB);
  });
  return new Map(ordered.map((article, i) => [article.id, i + 1]));
}
