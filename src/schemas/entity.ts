import { z } from 'astro/zod';

/**
 * A person, organisation or place, `content/entities.yaml`. The build finds
 * every mention of its aliases, case-sensitively on word boundaries; its page
 * is `/entities/<slug>/`, the slug being the name transliterated to lower-case Latin words joined by hyphens (src/lib/text/slug.ts).
 */
export const EntitySchema = z.strictObject({
  /** The full name, e.g. "Yuri Ushakov". */
  name: z.string().trim().min(1, { message: 'must not be empty' }),
  kind: z.enum(['person', 'organisation', 'place']),
  /**
   * Every form the texts use, e.g. ["Yuri Ushakov", "Ushakov"], in any script
   * (["Vladimir Putin", "Putin", "Путин"]); defaults to the name. The entity's
   * page lists them ("Also written …"), and search finds the page by each.
   */
  aliases: z.array(z.string().trim().min(1, { message: 'must not be empty' })).default([]),
});

/** The entities file: a list of entities. */
export const EntitiesSchema = z.array(EntitySchema);

export type EntityData = z.infer<typeof EntitySchema>;
