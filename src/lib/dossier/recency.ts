/** Ordering sources by when they joined the dossier. */
import { firstMomentOf } from '../dates/partial-date.ts';
import type { PublishedArticle } from './model.ts';

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
