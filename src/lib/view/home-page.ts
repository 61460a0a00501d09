/** The home page: the briefing, its topics, and the newest additions. */
import type { PublishedArticle } from '../dossier/model.ts';
import { articlesByRecency } from '../dossier/recency.ts';

/** How many of the newest sources "Recently added" lists. */
const RECENT = 5;

/** The sources added most recently (those with an `added` date), newest first. */
export function recentlyAdded(articles: readonly PublishedArticle[]): PublishedArticle[] {
  return articlesByRecency(articles.filter((a) => a.data.added)).slice(0, RECENT);
}
