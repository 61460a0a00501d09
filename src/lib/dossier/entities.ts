/** People, organisations and places, with every mention found in the dossier. */
import type { EntityData } from '../../schemas/entity.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import { createMentionFinder } from '../analysis/mentions.ts';
import type { ListInput } from './inputs.ts';
import { slug } from '../text/slug.ts';
import { excerptAround } from '../text/clip.ts';

/** A page that can mention entities: a source with its paragraphs, or a citing page with its own. */
export interface MentionPage {
  readonly kind: 'source' | 'topic' | 'briefing';
  /** Id of the article or topic. */
  readonly id: string;
  readonly title: string;
  /** The page's URL. */
  readonly url: string;
  /** Its passages in order: each one's URL, fragment included, and text. */
  readonly passages: readonly { readonly url: string; readonly text: string }[];
}

/** What one page adds to each entity it mentions (by slug): its first mentions, and how many it has. */
export type PageMentions = ReadonlyMap<string, { readonly mentions: readonly EntityMention[]; readonly count: number }>;

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
  readonly kind: MentionPage['kind'];
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
 * The entities with the pages that mention them. `memo` keeps what each page
 * adds (for one entities file), so that `astro dev` scans only the pages
 * that changed.
 */
export function buildEntities(input: ListInput<EntityData> | undefined, pages: readonly MentionPage[], diagnostics: Diagnostic[], memo?: WeakMap<MentionPage, PageMentions>): Entity[] {
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
  const mentionsOn = (page: MentionPage): PageMentions => {
    const cached = memo?.get(page);
    if (cached) return cached;
    const bySlug = new Map<string, { mentions: EntityMention[]; count: number }>();
    for (const passage of page.passages) {
      for (const mention of find(passage.text)) {
        let listed = bySlug.get(mention.slug);
        if (!listed) bySlug.set(mention.slug, (listed = { mentions: [], count: 0 }));
        listed.count++;
        if (listed.mentions.length < ENTITY_PAGE_LIMITS.mentionsPerPage) {
          listed.mentions.push({ url: passage.url, ...excerptAround(passage.text, mention.start, mention.end, ENTITY_PAGE_LIMITS.context) });
        }
      }
    }
    memo?.set(page, bySlug);
    return bySlug;
  };
  const found = new Map(entities.map((e) => [e.slug, { mentionCount: 0, documents: [] as EntityDocument[] }]));
  for (const page of pages) {
    for (const [entitySlug, { mentions, count }] of mentionsOn(page)) {
      const entity = found.get(entitySlug)!;
      entity.mentionCount += count;
      entity.documents.push({ kind: page.kind, id: page.id, title: page.title, url: page.url, mentions, mentionCount: count });
    }
  }
  return entities.map((e) => {
    const { mentionCount, documents } = found.get(e.slug)!;
    const cited = documents.filter((d) => d.kind !== 'source');
    const sources = documents.filter((d) => d.kind === 'source').slice(0, ENTITY_PAGE_LIMITS.sources);
    return { ...e, mentionCount, pages: documents.map((d) => `${d.kind}/${d.id}`), documents: [...cited, ...sources] };
  });
}
