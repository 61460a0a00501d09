/** The home page: the bottom line, the topics, the briefing, and the sources. */
import { confidenceLabel, type Confidence } from '../analysis/claims.ts';
import { judgmentFragmentId } from '../analysis/judgment-history.ts';
import type { Judgment } from '../dossier/documents.ts';
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

/** One line of the bottom line: a key judgment, its confidence, and where the topic page argues it. */
export interface BottomLineItem {
  readonly confidence: Confidence;
  /** "High confidence", … as the topic page labels it. */
  readonly label: string;
  readonly text: string;
  readonly href: string;
}

/** A topic's key judgments as the bottom line lists them, in the topic's order. */
export function bottomLine(topic: { readonly url: string; readonly judgments: readonly Judgment[] }): BottomLineItem[] {
  return topic.judgments.map((judgment) => ({
    confidence: judgment.confidence,
    label: confidenceLabel(judgment.confidence),
    text: judgment.text,
    href: judgment.id ? `${topic.url}#${judgmentFragmentId(judgment.id)}` : topic.url,
  }));
}
