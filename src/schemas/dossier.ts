import { z } from 'astro/zod';
import { LanguageSchema } from './language.ts';
import { IsoDateSchema } from './partial-date.ts';

/**
 * Frontmatter of `content/dossier.md`, the one file that names the dossier.
 * Each field's `.describe()` text is its documentation (docs/reference.md).
 */
export const DossierSchema = z
  .strictObject({
    title: z.string().trim().min(1, { message: 'must not be empty' }).describe("The dossier's title, on every page."),
    summary: z.string().trim().min(1, { message: 'must not be empty' }).describe('One sentence describing the dossier, for the home page and metadata.'),
    updated: IsoDateSchema.describe('When the dossier was last revised.'),
    information_as_of: IsoDateSchema.optional().describe(
      'The information cut-off: the last day the dossier\'s sources report on. The home page and every topic page say "Information as of …", so a reader knows how current the assessment is.',
    ),
    language: LanguageSchema.describe('BCP 47 language tag of the pages.'),
  })
  .describe(
    'Its body is the briefing, Markdown with citations like a topic page: it opens with its "Bottom line", key judgments in a topic\'s syntax, and may place the topics\' indicators to watch with a paragraph `{slot:pending}`.',
  );

export type DossierData = z.infer<typeof DossierSchema>;
