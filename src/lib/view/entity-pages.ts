/**
 * The index of people, organisations and places, and each one's page: every
 * mention, grouped by the page it is on, with the words around it.
 */
import type { Entity, EntityMention } from '../dossier/entities.ts';
import type { SiteUrls } from '../urls.ts';

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
    entities: entities.filter((e) => e.kind === kind).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)),
  })).filter((section) => section.entities.length > 0);
}

/** Characters of context shown on each side of a mention. */
const CONTEXT = 90;

/** The mention's words with up to CONTEXT characters either side, an ellipsis where the passage goes on. */
export function mentionExcerpt(text: string, start: number, end: number): { before: string; words: string; after: string } {
  return {
    before: (start > CONTEXT ? '…' : '') + text.slice(Math.max(0, start - CONTEXT), start),
    words: text.slice(start, end),
    after: text.slice(end, end + CONTEXT) + (end + CONTEXT < text.length ? '…' : ''),
  };
}

/** A mention's link text, from its fragment: "¶4" for a source's paragraph, "Paragraph 2" for a citing page's. */
export function mentionPlaceLabel(url: string): string | undefined {
  return url.split('#')[1]?.replace(/^p-/u, '¶').replace(/^para-/u, 'Paragraph ');
}

const DOCUMENT_KIND_LABELS = { source: 'Source', topic: 'Topic', briefing: 'Briefing' } as const;

export interface MentioningDocument {
  /** Unique on the entity's page, for the section's heading id. */
  readonly key: string;
  /** "Source", "Topic" or "Briefing". */
  readonly kindLabel: string;
  readonly title: string;
  readonly href: string;
  readonly mentions: readonly EntityMention[];
}

/** The pages that mention the entity, in the order of their first mention, each with its mentions. */
export function mentioningDocuments(entity: Pick<Entity, 'mentions'>, urls: SiteUrls): MentioningDocument[] {
  const documents = new Map<string, EntityMention[]>();
  for (const mention of entity.mentions) {
    const key = `${mention.kind}-${mention.id}`;
    documents.set(key, [...(documents.get(key) ?? []), mention]);
  }
  return [...documents].map(([key, mentions]) => {
    const first = mentions[0]!;
    return {
      key,
      kindLabel: DOCUMENT_KIND_LABELS[first.kind],
      title: first.title,
      href: first.kind === 'source' ? urls.source(first.id) : first.url.split('#')[0]!,
      mentions,
    };
  });
}
