/**
 * The index of people, organisations and places, and each one's page: the
 * pages that mention it, each with its first mentions and the words around
 * them (src/lib/dossier/entities.ts chooses and cuts them).
 */
import { toHtml } from 'hast-util-to-html';
import type { Entity } from '../dossier/entities.ts';
import { blockOfId, paragraphOfId } from '../dossier/documents.ts';
import { paragraphMarkHtml } from './labels.ts';

const KINDS = [
  { kind: 'person', label: 'Person', title: 'People' },
  { kind: 'organisation', label: 'Organisation', title: 'Organisations' },
  { kind: 'place', label: 'Place', title: 'Places' },
] as const satisfies readonly { kind: Entity['kind']; label: string; title: string }[];

/** "Person", "Organisation", "Place". */
export const entityKindLabel = (kind: Entity['kind']): string => KINDS.find((k) => k.kind === kind)!.label;

/** The index's sections, one per kind that has entities: most mentioned first, then by name. */
export function entitiesByKind(entities: readonly Entity[]): { kind: Entity['kind']; title: string; entities: Entity[] }[] {
  return KINDS.map(({ kind, title }) => ({
    kind,
    title,
    entities: entities.filter((e) => e.kind === kind).sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name)),
  })).filter((section) => section.entities.length > 0);
}

/**
 * A mention's link content, as HTML, from its fragment: a paragraph (a
 * source's `p-4`, a citing page's `para-4`) as "¶4", read "paragraph 4"; a
 * key judgment as "Key judgment" (its words follow the link); else the fragment.
 */
export function mentionPlaceHtml(url: string): string | undefined {
  const fragment = url.split('#')[1];
  if (fragment === undefined) return undefined;
  if (fragment.startsWith('judgment-')) return 'Key judgment';
  const paragraph = paragraphOfId(fragment) ?? blockOfId(fragment);
  return paragraph === undefined ? toHtml({ type: 'text', value: fragment }) : paragraphMarkHtml(paragraph);
}

const DOCUMENT_KIND_LABELS = { source: 'Source', topic: 'Topic', briefing: 'Briefing' } as const;

/** "Source", "Topic" or "Briefing". */
export const documentKindLabel = (kind: keyof typeof DOCUMENT_KIND_LABELS): string => DOCUMENT_KIND_LABELS[kind];

/** How many sources mention the entity, and how many of them its page lists. */
export function sourceCoverage(entity: Pick<Entity, 'pages' | 'documents'>): { mentioning: number; listed: number } {
  return {
    mentioning: entity.pages.filter((page) => page.startsWith('source/')).length,
    listed: entity.documents.filter((d) => d.kind === 'source').length,
  };
}
