/**
 * The dossier as the site renders it: articles with their paragraphs and
 * verified notes, citing documents rendered with verified citations, and the
 * reverse index from each passage to the places that cite it. Types only:
 * src/lib/dossier/assemble.ts builds it, and published-dossiers.ts hands it
 * to the pages.
 */
import type { ArticleData } from '../../schemas/article.ts';
import type { TopicData } from '../../schemas/topic.ts';
import type { DossierData } from '../../schemas/dossier.ts';
import type { NoteKind } from '../../schemas/note.ts';
import type { ArticleBlock } from '../text/paragraphs.ts';
import type { Passage } from '../citations/match.ts';
import type { CitableArticle } from '../citations/resolve.ts';
import type { Origin } from '../analysis/origins.ts';
import type { CitationUse, Judgment, DocumentBlock } from './documents.ts';
import type { ContentInput } from './inputs.ts';
import type { LedgerClaim, TimelineEvent } from './ledger.ts';
import type { Entity } from './entities.ts';
import type { WatchIndicator } from './watch.ts';

export interface ResolvedNote {
  readonly kind: NoteKind;
  readonly note: string;
  readonly quote: string;
  readonly passage: Passage;
}

/** A passage an article marks as relaying a registered origin. */
export interface ResolvedAttribution {
  readonly quote: string;
  /** The origin's id in origins.yaml. */
  readonly origin: string;
  readonly passage: Passage;
}

export interface SourceArticle extends CitableArticle {
  readonly file: string;
  readonly data: ArticleData;
  readonly blocks: readonly ArticleBlock[];
  readonly notes: readonly ResolvedNote[];
  readonly attributions: readonly ResolvedAttribution[];
  /** Passages that are the report's own observation. */
  readonly observations: readonly { readonly quote: string; readonly passage: Passage }[];
  /** Passages held independent of like passages elsewhere, with the reason. */
  readonly independent: readonly { readonly quote: string; readonly reason: string; readonly passage: Passage }[];
  /** Where its publication date is written, for checks that depend on the day (a date in the future). */
  readonly publishedAt: { readonly line: number; readonly column: number };
}

export interface CitingDocument {
  readonly kind: 'briefing' | 'topic';
  readonly id: string;
  /** Its file, relative to the project root. */
  readonly file: string;
  readonly title: string;
  readonly url: string;
  readonly html: string;
  readonly citations: readonly CitationUse[];
  readonly judgments: readonly Judgment[];
  readonly blocks: readonly DocumentBlock[];
}

/** A citation of a passage, seen from the source's side. */
export interface IncomingCitation {
  readonly document: Pick<CitingDocument, 'kind' | 'id' | 'title' | 'url'>;
  readonly use: CitationUse;
}

/** An article as pages show it: everything but the search structure citations are verified with, and its number. */
export type PublishedArticle = Omit<SourceArticle, 'text'> & {
  /** Its label on every page (src/lib/dossier/recency.ts). */
  readonly number: number;
};

/** The assembled, verified dossier, as pages use it. */
export interface Dossier {
  readonly meta: Omit<ContentInput<DossierData>, 'locate'>;
  readonly briefing: CitingDocument;
  /** Topics by `order`, then id. */
  readonly topics: readonly (CitingDocument & { readonly data: TopicData })[];
  /** Articles by id. */
  readonly articles: readonly PublishedArticle[];
  readonly article: (id: string) => PublishedArticle | undefined;
  /** Every citation of an article, in the order of the citing documents. */
  readonly incoming: (articleId: string) => readonly IncomingCitation[];
  /** The claims ledger, in file order. */
  readonly claims: readonly LedgerClaim[];
  /** Dated events, in date order. */
  readonly timeline: readonly TimelineEvent[];
  /** Every topic's indicators to watch, soonest expected first. */
  readonly watch: readonly WatchIndicator[];
  /** People, organisations and places, with their mentions. */
  readonly entities: readonly Entity[];
  /** The origins the dossier's cited passages rest on: the registered ones, then articles' own reporting. */
  readonly origins: readonly Origin[];
  /** An origin by its key (see src/lib/analysis/origins.ts). */
  readonly origin: (key: string) => Origin | undefined;
}

