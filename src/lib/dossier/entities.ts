/** People, organisations and places, with every mention found in the dossier. */
import type { EntityData } from '../../schemas/entity.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import { createMentionFinder, type Mention } from '../analysis/mentions.ts';
import type { ListInput } from './inputs.ts';
import { slug } from '../text/slug.ts';
import { excerptAround } from '../text/clip.ts';

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

/** One mention, with a little context of whole words around the name. */
export interface EntityMention {
  /** URL of the passage, fragment included. */
  readonly url: string;
  readonly before: string;
  readonly words: string;
  readonly after: string;
}

/** A page (a source, a topic, the briefing) that mentions an entity. */
export interface EntityDocument {
  readonly kind: MentionPlace['kind'];
  readonly id: string;
  readonly title: string;
  /** The page's URL. */
  readonly url: string;
  /** Its mentions, the first few of them. */
  readonly mentions: readonly EntityMention[];
  /** How many mentions it has in all. */
  readonly mentionCount: number;
}

export interface Entity {
  readonly slug: string;
  readonly name: string;
  readonly kind: EntityData['kind'];
  readonly aliases: readonly string[];
  /** Mentions in the whole dossier. */
  readonly mentionCount: number;
  /** Every page that mentions it, as `kind/id` (search filters). */
  readonly pages: readonly string[];
  /**
   * The pages listed on the entity's own page: the briefing and every topic,
   * then sources up to a cap, so that the page stays readable (and small)
   * however large the corpus grows. `pages` counts them all.
   */
  readonly documents: readonly EntityDocument[];
}

/** Sources listed on an entity's page, and mentions shown per page. */
export const ENTITY_PAGE_LIMITS = { sources: 50, mentionsPerPage: 3, context: 90 } as const;

/**
 * The entities with the pages that mention them. `memo` keeps the mentions
 * found in each text (for one entities file), so that `astro dev` scans only
 * the paragraphs that changed.
 */
export function buildEntities(input: ListInput<EntityData> | undefined, places: readonly MentionPlace[], diagnostics: Diagnostic[], memo?: Map<string, readonly Mention[]>): Entity[] {
  if (!input) return [];
  const seen = new Map<string, number>();
  const entities = input.items.map((entity, index) => {
    const entitySlug = slug(entity.name);
    const at = input.locate?.([index, 'name']) ?? { line: 1, column: 1 };
    if (entitySlug === '') {
      diagnostics.push({ file: input.file, ...at, severity: 'error', message: `"${entity.name}" has no letters a page address can spell: write the name in Latin letters and keep "${entity.name}" among its aliases.` });
    } else if (seen.has(entitySlug)) {
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
  const found = new Map(entities.map((e) => [e.slug, { mentionCount: 0, documents: new Map<string, { document: EntityDocument; mentions: EntityMention[]; count: number }>() }]));
  const findIn = (text: string) => {
    const cached = memo?.get(text);
    if (cached) return cached;
    const found = find(text);
    memo?.set(text, found);
    return found;
  };
  for (const place of places) {
    for (const mention of findIn(place.text)) {
      const entity = found.get(mention.slug)!;
      entity.mentionCount++;
      const key = `${place.kind}/${place.id}`;
      let listed = entity.documents.get(key);
      if (!listed) {
        listed = { document: { kind: place.kind, id: place.id, title: place.title, url: place.url.split('#')[0]!, mentions: [], mentionCount: 0 }, mentions: [], count: 0 };
        entity.documents.set(key, listed);
      }
      listed.count++;
      if (listed.mentions.length < ENTITY_PAGE_LIMITS.mentionsPerPage) {
        listed.mentions.push({ url: place.url, ...excerptAround(place.text, mention.start, mention.end, ENTITY_PAGE_LIMITS.context) });
      }
    }
  }
  return entities.map((e) => {
    const { mentionCount, documents } = found.get(e.slug)!;
    const all = [...documents.values()].map(({ document, mentions, count }) => ({ ...document, mentions, mentionCount: count }));
    const pages = all.filter((d) => d.kind !== 'source');
    const sources = all.filter((d) => d.kind === 'source').slice(0, ENTITY_PAGE_LIMITS.sources);
    return { ...e, mentionCount, pages: [...documents.keys()], documents: [...pages, ...sources] };
  });
}
