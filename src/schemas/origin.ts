import { z } from 'astro/zod';
import { PartialDateSchema } from './partial-date.ts';
import { HttpUrlSchema } from './url.ts';

/** What kind of origin information comes from. */
export const OriginKindSchema = z.enum(['official-statement', 'readout', 'social-media-post', 'document', 'wire-story', 'own-reporting']);

/**
 * An origin of information, `content/origins.yaml`. Each field's
 * `.describe()` text is its documentation (docs/reference.md).
 */
export const OriginSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, { message: 'must be lower-case words joined by hyphens' })
      .describe('Unique among origins; lower-case words joined by hyphens, e.g. "trump-truth-social".'),
    name: z
      .string()
      .trim()
      .min(1, { message: 'must not be empty' })
      .describe('How pages name it, e.g. "Trump’s Truth Social post"; no semicolons, which separate names in lists.'),
    kind: OriginKindSchema.describe(
      "What kind of origin it is. `own-reporting` is an outlet's own reporting, named when several of its articles share it; an article's unmarked passages are its own reporting without one.",
    ),
    date: PartialDateSchema.optional().describe('When it was made, as precisely as known.'),
    url: HttpUrlSchema.optional().describe('Where it was published.'),
  })
  .describe(
    'The one statement, post, readout or story that reports relay. Articles mark the passages that relay it (`attributions`) or declare that they rest on it (`derived_from`); a claim\'s support counts origins, not the reports that relay them. The file is optional: without it every passage is unattributed.',
  );

/** The origins file: a list of origins. */
export const OriginsFileSchema = z.array(OriginSchema);

export type OriginData = z.infer<typeof OriginSchema>;
export type OriginKind = z.infer<typeof OriginKindSchema>;
