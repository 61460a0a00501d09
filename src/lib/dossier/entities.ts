/** People, organisations and places, with every mention found in the dossier. */
import type { EntityData } from '../../schemas/entity.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import { createMentionFinder } from '../analysis/mentions.ts';
import type { ListInput } from './ledger.ts';
import { slug } from '../text/slug.ts';

/** Where a mention is: a passage of a source, or a paragraph of a citing page. */
export interface MentionPlace {
  readonly kind: 'source' | 'topic' | 'briefing';
  /** Id of the article or topic. */
  readonly id: string;
  readonly title: string;
  /** URL of the passage, fragment included. */
  readonly url: string;
  /** The passage's text. */
  readonly text: string;
}

export interface EntityMention extends MentionPlace {
  readonly start: number;
  readonly end: number;
}

export interface Entity {
  readonly slug: string;
  readonly name: string;
  readonly kind: EntityData['kind'];
  readonly aliases: readonly string[];
  readonly mentions: readonly EntityMention[];
}

export function buildEntities(input: ListInput<EntityData> | undefined, places: readonly MentionPlace[], diagnostics: Diagnostic[]): Entity[] {
  if (!input) return [];
  const seen = new Map<string, number>();
  const entities = input.items.map((entity, index) => {
    const entitySlug = slug(entity.name);
    if (seen.has(entitySlug)) {
      const at = input.locate?.([index, 'name']) ?? { line: 1, column: 1 };
      diagnostics.push({ file: input.file, ...at, severity: 'error', message: `"${entity.name}" has the same page slug "${entitySlug}" as entity ${seen.get(entitySlug)! + 1}.` });
    }
    seen.set(entitySlug, index);
    return { slug: entitySlug, name: entity.name, kind: entity.kind, aliases: entity.aliases.length > 0 ? entity.aliases : [entity.name] };
  });
  // An alias must name one entity, or its mentions could not be attributed.
  const aliasOwner = new Map<string, number>();
  entities.forEach((entity, index) => {
    for (const alias of entity.aliases) {
      const owner = aliasOwner.get(alias);
      if (owner !== undefined && owner !== index) {
        const at = input.locate?.([index, 'aliases']) ?? { line: 1, column: 1 };
        diagnostics.push({ file: input.file, ...at, severity: 'error', message: `The alias "${alias}" of "${entity.name}" already names "${entities[owner]!.name}".` });
      }
      aliasOwner.set(alias, index);
    }
  });
  const find = createMentionFinder(entities);
  const mentions = new Map<string, EntityMention[]>(entities.map((e) => [e.slug, []]));
  for (const place of places) {
    for (const mention of find(place.text)) mentions.get(mention.slug)!.push({ ...place, start: mention.start, end: mention.end });
  }
  return entities.map((e) => ({ ...e, mentions: mentions.get(e.slug)! }));
}
