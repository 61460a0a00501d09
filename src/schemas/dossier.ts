import { z } from 'astro/zod';
import { LanguageSchema } from './language.ts';
import { IsoDateSchema } from './partial-date.ts';

/**
 * Frontmatter of `content/dossier.md`, the one file that names the dossier.
 * Its body is the briefing, Markdown with citations like a topic page: it
 * opens with its "Bottom line", key judgments in a topic's syntax, and may
 * place the topics' indicators to watch with a paragraph `{slot:pending}`.
 */
export const DossierSchema = z.strictObject({
  /** The dossier's title, on every page. */
  title: z.string().trim().min(1, { message: 'must not be empty' }),
  /** One sentence describing the dossier, for the home page and metadata. */
  summary: z.string().trim().min(1, { message: 'must not be empty' }),
  /** When the dossier was last revised, YYYY-MM-DD. */
  updated: IsoDateSchema,
  /**
   * The information cut-off, YYYY-MM-DD: the last day the dossier's sources
   * report on. The home page and every topic page say "Information as of …",
   * so a reader knows how current the assessment is.
   */
  information_as_of: IsoDateSchema.optional(),
  /** BCP 47 language tag of the pages. */
  language: LanguageSchema,
});

export type DossierData = z.infer<typeof DossierSchema>;
