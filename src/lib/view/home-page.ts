/** The home page: the briefing (its bottom line first), what is pending, the topics, and the sources. */
import { slotHtml } from '../dossier/documents.ts';
import { articlesByRecency } from '../dossier/recency.ts';
import type { PublishedArticle } from '../dossier/model.ts';

/** How many of the newest sources "Recently added" lists. */
const RECENT = 5;

/**
 * The sources added most recently (those with an `added` date), newest
 * first; none when every source was added on the same day, since the list
 * would then only repeat the list of sources.
 */
export function recentlyAdded(articles: readonly PublishedArticle[]): PublishedArticle[] {
  const dated = articles.filter((a) => a.data.added);
  if (new Set(dated.map((a) => a.data.added)).size < 2) return [];
  return articlesByRecency(dated).slice(0, RECENT);
}

/**
 * The briefing's HTML around its `{slot:pending}`, where the home page puts
 * the indicators to watch: before and after it; the whole as `html` when the
 * briefing has no slot, the indicators then following it.
 */
export function briefingParts(html: string, hasPending: boolean): { html: string; after?: string } {
  const [before, ...rest] = html.split(slotHtml('pending'));
  if (rest.length > 0) return { html: before!, after: rest.join('') };
  return hasPending ? { html, after: '' } : { html };
}
