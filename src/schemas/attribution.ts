import { z } from 'astro/zod';

/**
 * Where a passage of an article gets its information: an origin of
 * `content/origins.yaml`, marked by the exact words like a note, and verified
 * the same way at build time. A cited passage that overlaps the words counts
 * as that origin's; an unmarked one as the article's own.
 */
export const AttributionSchema = z.strictObject({
  quote: z.string().trim().min(1, { message: 'must quote the words that relay the origin' }).describe('Exact words of the article; must occur once in it.'),
  origin: z.string().trim().min(1, { message: 'must name an origin of origins.yaml' }).describe('Id of an origin in origins.yaml.'),
});

export type Attribution = z.infer<typeof AttributionSchema>;
