/**
 * The index of people, organisations and places, and each one's page: the
 * pages that mention it, each with its first mentions and the words around
 * them (src/lib/dossier/entities.ts chooses and cuts them).
 */
import { toHtml } from 'hast-util-to-html';
import type { Entity } from '../dossier/entities.ts';
import { blockOfId, paragraphOfId } from '../dossier/documents.ts';
import { paragraphMarkHtml } from './labels.ts';
import type { Ui } from '../i18n/ui.ts';

/** The kinds, in the index's order; each is named `entity.<kind>` ("Person"), its section `entity.<kind>.title` ("People"). */
const KINDS: readonly Entity['kind'][] = ['person', 'organisation', 'place'];

/** "Person", "Organisation", "Place". */
export const entityKindLabel = (ui: Ui, kind: Entity['kind']): string => ui.text(`entity.${kind}`);

/** The index's sections, one per kind that has entities: most mentioned first, then by name. */
export function entitiesByKind(ui: Ui, entities: readonly Entity[]): { kind: Entity['kind']; title: string; entities: Entity[] }[] {
  return KINDS.map((kind) => ({
    kind,
    title: ui.text(`entity.${kind}.title`),
    entities: entities.filter((e) => e.kind === kind).sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name)),
  })).filter((section) => section.entities.length > 0);
}

/**
 * A mention's link content, as HTML, from its fragment: a paragraph (a
 * source's `p-4`, a citing page's `para-4`) as "¶4", read "paragraph 4"; a
 * key judgment as "Key judgment" (its words follow the link); else the fragment.
 */
export function mentionPlaceHtml(ui: Ui, url: string): string | undefined {
  const fragment = url.split('#')[1];
  if (fragment === undefined) return undefined;
  if (fragment.startsWith('judgment-')) return toHtml({ type: 'text', value: ui.text('entity.keyJudgment') });
  const paragraph = paragraphOfId(fragment) ?? blockOfId(fragment);
  return paragraph === undefined ? toHtml({ type: 'text', value: fragment }) : paragraphMarkHtml(ui, paragraph);
}

/** "Source", "Topic" or "Briefing". */
export const documentKindLabel = (ui: Ui, kind: 'source' | 'topic' | 'briefing'): string => ui.text(`pageType.${kind}`);

/** How many sources mention the entity, and how many of them its page lists. */
export function sourceCoverage(entity: Pick<Entity, 'pages' | 'documents'>): { mentioning: number; listed: number } {
  return {
    mentioning: entity.pages.filter((page) => page.startsWith('source/')).length,
    listed: entity.documents.filter((d) => d.kind === 'source').length,
  };
}
