/** Ordering sources by when they joined the dossier. */
import type { PublishedArticle } from './model.ts';

/** The day an article counts from: when it was added, else its publication's first day. */
export function entryDate(article: PublishedArticle, fallback: string): string {
  if (article.data.added) return article.data.added;
  const published = article.data.published;
  if (published === 'unknown') return fallback;
  return [published, '01', '01'].join('-').split('-').slice(0, 3).join('-');
}

/** Newest first; ties by id, so the order never depends on the file system. */
export function articlesByRecency(articles: readonly PublishedArticle[]): PublishedArticle[] {
  return [...articles].sort((a, b) => entryDate(b, '0000-00-00').localeCompare(entryDate(a, '0000-00-00')) || a.id.localeCompare(b.id));
}
