/**
 * The print edition puts every document on one page, each in a section whose
 * id prefixes the document's own ids (see namespaceHtml), so that ids stay
 * unique and every fragment link lands in the right document.
 */
import { namespaceHtml } from '../html/namespace.ts';
import type { Dossier, PublishedArticle } from '../dossier/model.ts';
import type { Ui } from '../i18n/ui.ts';

/** Ids of the edition's sections besides the topics'. */
export const PRINT_SECTIONS = { briefing: 'briefing', claims: 'claims', timeline: 'timeline', sources: 'sources' } as const;
/** Id of a topic's section. */
export const topicSection = (slug: string): string => `topic-${slug}`;

/** A rendered document within its section: ids prefixed with the section's, headings one level down (its h2s sit under the section's h2). */
export const embedDocument = (html: string, section: string): string => namespaceHtml(html, { idPrefix: `${section}-`, headingShift: 1 });

/** The table of contents: the briefing, each topic, the claims and the timeline when there are any, the sources. */
export function printContents(
  ui: Ui,
  topics: readonly { readonly id: string; readonly title: string }[],
  has: { readonly claims: boolean; readonly timeline: boolean },
): { href: string; label: string }[] {
  return [
    { href: `#${PRINT_SECTIONS.briefing}`, label: ui.text('nav.briefing') },
    ...topics.map((topic) => ({ href: `#${topicSection(topic.id)}`, label: topic.title })),
    ...(has.claims ? [{ href: `#${PRINT_SECTIONS.claims}`, label: ui.text('claims.title') }] : []),
    ...(has.timeline ? [{ href: `#${PRINT_SECTIONS.timeline}`, label: ui.text('timeline.title') }] : []),
    { href: `#${PRINT_SECTIONS.sources}`, label: ui.text('sources.heading') },
  ];
}

/**
 * The bibliography: the sources the edition cites (in the briefing, a topic,
 * the claims or the timeline), by number. A corpus of thousands
 * would otherwise fill the edition with sources it never cites.
 */
export function citedSources(dossier: Pick<Dossier, 'articles' | 'incoming' | 'claims' | 'timeline'>): PublishedArticle[] {
  const cited = new Set([
    ...dossier.claims.flatMap((c) => c.positions.flatMap((p) => p.cites.map((cite) => cite.articleId))),
    ...dossier.timeline.flatMap((e) => e.cites.map((cite) => cite.articleId)),
  ]);
  return dossier.articles.filter((a) => cited.has(a.id) || dossier.incoming(a.id).length > 0).sort((a, b) => a.number - b.number);
}
