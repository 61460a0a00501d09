/**
 * The print edition, in parts: a contents page (/print/) and one page per
 * part, the briefing, each topic (with its share of the claims ledger) and
 * the timeline, so that no page holds more than one part, however large the
 * dossier. Each part ends with the sources it cites.
 */
import type { Dossier, PublishedArticle } from '../dossier/model.ts';
import type { Ui } from '../i18n/ui.ts';
import { citedPassageCount } from './print-passages.ts';

/**
 * A part of the edition, and its path under /print/. A topic's part is in
 * `topics/`, as its page is on the site, so no topic's slug can take the
 * path of another part (`briefing`, `timeline`).
 */
export type PrintPart =
  | { readonly kind: 'briefing'; readonly path: 'briefing' }
  | { readonly kind: 'topic'; readonly path: string; readonly topicId: string }
  | { readonly kind: 'timeline'; readonly path: 'timeline' };

/** The paths of the parts under /print/. */
export const PRINT_PART_PATHS = { briefing: 'briefing', timeline: 'timeline', topic: (slug: string): string => `topics/${slug}` } as const;

/** The parts, in reading order: the briefing, each topic in the dossier's order, the timeline when it has events. */
export function printParts(dossier: Pick<Dossier, 'topics' | 'timeline'>): PrintPart[] {
  return [
    { kind: 'briefing', path: PRINT_PART_PATHS.briefing },
    ...dossier.topics.map((topic): PrintPart => ({ kind: 'topic', path: PRINT_PART_PATHS.topic(topic.id), topicId: topic.id })),
    ...(dossier.timeline.length > 0 ? [{ kind: 'timeline', path: PRINT_PART_PATHS.timeline } as const] : []),
  ];
}

/** A line of the contents page: the part's title, and how many cited passages its endnotes give (the timeline has none). */
export interface PrintContentsItem {
  readonly part: PrintPart;
  readonly label: string;
  readonly passages?: number;
}

export function printContents(ui: Ui, dossier: Pick<Dossier, 'briefing' | 'topics' | 'timeline' | 'article'>): PrintContentsItem[] {
  return printParts(dossier).map((part) => {
    if (part.kind === 'briefing') return { part, label: ui.text('nav.briefing'), passages: citedPassageCount(dossier.briefing.citations, dossier.article) };
    if (part.kind === 'timeline') return { part, label: ui.text('timeline.title') };
    const topic = dossier.topics.find((t) => t.id === part.topicId)!;
    return { part, label: topic.title, passages: citedPassageCount(topic.citations, dossier.article) };
  });
}

/**
 * The sources a part cites, by number, for the list at its end: the
 * briefing's or a topic's citations (and the topic's claims), or the
 * timeline's events.
 */
export function partSources(dossier: Pick<Dossier, 'briefing' | 'topics' | 'claims' | 'timeline' | 'article'>, part: PrintPart): PublishedArticle[] {
  const ids = (() => {
    if (part.kind === 'briefing') return dossier.briefing.citations.map((c) => c.articleId);
    if (part.kind === 'timeline') return dossier.timeline.flatMap((e) => e.cites.map((cite) => cite.articleId));
    const topic = dossier.topics.find((t) => t.id === part.topicId)!;
    return [
      ...topic.citations.map((c) => c.articleId),
      ...dossier.claims.filter((c) => c.topic === part.topicId).flatMap((c) => c.positions.flatMap((p) => p.cites.map((cite) => cite.articleId))),
    ];
  })();
  return [...new Set(ids)].flatMap((id) => dossier.article(id) ?? []).sort((a, b) => a.number - b.number);
}
