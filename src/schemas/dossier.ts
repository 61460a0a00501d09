import { z } from 'astro/zod';
import { LanguageSchema } from './language.ts';
import { IsoDateSchema } from './partial-date.ts';

/**
 * Frontmatter of `content/dossier.md`, the one file that names the dossier.
 * Its body is the briefing's lede, Markdown with citations like a topic page.
 */
export const DossierSchema = z.strictObject({
  /** The dossier's title, on every page. */
  title: z.string().trim().min(1, { message: 'must not be empty' }),
  /** One sentence describing the dossier, for the home page and metadata. */
  summary: z.string().trim().min(1, { message: 'must not be empty' }),
  /** When the dossier was last revised, YYYY-MM-DD. */
  updated: IsoDateSchema,
  /** BCP 47 language tag of the pages. */
  language: LanguageSchema,
});

export type DossierData = z.infer<typeof DossierSchema>;
