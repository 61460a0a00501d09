import { z } from 'astro/zod';

/**
 * A person, organisation or place, `content/entities.yaml`. Each field's
 * `.describe()` text is its documentation (docs/reference.md).
 */
export const EntitySchema = z
  .strictObject({
    name: z.string().trim().min(1, { message: 'must not be empty' }).describe('The full name, e.g. "Yuri Ushakov"; it must have a Latin spelling, which gives the slug.'),
    kind: z.enum(['person', 'organisation', 'place']).describe('What the entity is; `/entities/` lists entities by kind.'),
    aliases: z
      .array(z.string().trim().min(1, { message: 'must not be empty' }))
      .default([])
      .describe(
        'Every form the texts use, e.g. ["Yuri Ushakov", "Ushakov"], in any script (["Vladimir Putin", "Putin", "Путин"]); defaults to the name. The entity\'s page lists them ("Also written …"), and search finds the page by each.',
      ),
  })
  .describe(
    'The build finds every mention of an entity\'s aliases, case-sensitively on word boundaries; its page is `/entities/<slug>/`, the slug being the name transliterated to lower-case Latin words joined by hyphens (src/lib/text/slug.ts).',
  );

/** The entities file: a list of entities. */
export const EntitiesSchema = z.array(EntitySchema);

export type EntityData = z.infer<typeof EntitySchema>;
