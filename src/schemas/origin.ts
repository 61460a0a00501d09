import { z } from 'astro/zod';
import { PartialDateSchema } from './partial-date.ts';
import { HttpUrlSchema } from './url.ts';

/**
 * What kind of origin information comes from. `own-reporting` is an outlet's
 * own reporting, named when several of its articles share it; an article's
 * unmarked passages are its own reporting without one.
 */
export const OriginKindSchema = z.enum(['official-statement', 'readout', 'social-media-post', 'document', 'wire-story', 'own-reporting']);

/**
 * An origin of information, `content/origins.yaml`: the one statement, post,
 * readout or story that reports relay. Articles mark the passages that relay
 * it (`attributions`) or declare that they rest on it (`derived_from`); a
 * claim's support counts origins, not the reports that relay them.
 */
export const OriginSchema = z.strictObject({
  /** Unique among origins; lower-case words joined by hyphens, e.g. "trump-truth-social". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, { message: 'must be lower-case words joined by hyphens' }),
  /** How pages name it, e.g. "Trump’s Truth Social post". */
  name: z.string().trim().min(1, { message: 'must not be empty' }),
  kind: OriginKindSchema,
  /** When it was made, as precisely as known. */
  date: PartialDateSchema.optional(),
  /** Where it was published; http or https only. */
  url: HttpUrlSchema.optional(),
});

/** The origins file: a list of origins. */
export const OriginsFileSchema = z.array(OriginSchema);

export type OriginData = z.infer<typeof OriginSchema>;
export type OriginKind = z.infer<typeof OriginKindSchema>;
