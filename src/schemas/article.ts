import { z } from 'astro/zod';
import { LanguageSchema } from './language.ts';
import { IsoDateSchema, PartialDateSchema } from './partial-date.ts';
import { NoteSchema } from './note.ts';
import { AttributionSchema } from './attribution.ts';
import { IndependenceSchema, ObservationSchema } from './observation.ts';
import { HttpUrlSchema } from './url.ts';

/**
 * Frontmatter of an annotated source article, `content/articles/<id>.md`.
 * Each field's `.describe()` text is its documentation (docs/reference.md is generated from it).
 */
export const ArticleSchema = z
  .strictObject({
    title: z.string().trim().min(1, { message: 'must not be empty' }).describe("The article's headline, or a descriptive title when it has none."),
    title_supplied: z
      .boolean()
      .default(false)
      .describe('`true` when the title was supplied by the dossier, not printed on the article: it is then shown in square brackets, the cataloguing convention.'),
    outlet: z
      .string()
      .trim()
      .min(1, { message: 'must not be empty (write "Unknown" if it is not known)' })
      .describe('Who published it; `Unknown` when the provenance does not say.'),
    published: PartialDateSchema.describe('When it was published, as precisely as known, or `unknown`.'),
    published_note: z.string().trim().min(1).optional().describe('How the publication date was established, when it is not printed on the article.'),
    url: HttpUrlSchema.optional().describe('Where it was published.'),
    archived: HttpUrlSchema.optional().describe("An archive copy of it (e.g. the Wayback Machine's), for when `url` moves or disappears."),
    retrieved: IsoDateSchema.optional().describe('When the text was retrieved.'),
    added: IsoDateSchema.optional().describe('When the article was added to the dossier (set by `npm run add`); orders "Recently added", the feed and the sources\' numbers.'),
    language: LanguageSchema.describe('BCP 47 language tag of the text.'),
    imported_from: z.string().trim().min(1).optional().describe('The file or feed the text was imported from, kept as received (set by `npm run add`).'),
    origin: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Deprecated: the old name of `imported_from`, still read as it, with a warning. "Origin" now names only who speaks (origins.yaml).'),
    derived_from: z
      .array(z.string().trim().min(1))
      .default([])
      .describe(
        "What this article's own text derives from: the id of an article it republishes (a wire copy), or of an origin in origins.yaml it rests on as a whole. Articles so linked share one origin.",
      ),
    notes: z.array(NoteSchema).default([]).describe('Source-criticism notes, each anchored to a passage.'),
    attributions: z.array(AttributionSchema).default([]).describe('Passages that relay an origin of origins.yaml (a post, a readout), each by its exact words.'),
    observations: z
      .array(ObservationSchema)
      .default([])
      .describe("Passages that are the report's own observation (a published statement, a broadcast): only these count as its own origin."),
    independent: z
      .array(IndependenceSchema)
      .default([])
      .describe('Passages held independent of the like passages of other reports, each with the reason (silences the echo warning).'),
  })
  .describe('The body is the article\'s text, verbatim, one paragraph per block; `## Subhead` lines are headings, not paragraphs. The file name is the id: lower-case letters, digits and hyphens.');

/** The frontmatter as written, old field names included. */
export type ArticleFrontmatter = z.infer<typeof ArticleSchema>;

/** An article's fields under their current names. */
export type ArticleData = Omit<ArticleFrontmatter, 'origin'>;

/** A field written under an old name: a warning, or an error when the new name is given too. */
export interface RenamedField {
  readonly path: readonly PropertyKey[];
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** The fields under their current names (`origin` read as `imported_from`), and what was written under an old one. */
export function currentArticleFields(frontmatter: ArticleFrontmatter): { data: ArticleData; renamed: RenamedField[] } {
  const { origin, ...data } = frontmatter;
  if (origin === undefined) return { data, renamed: [] };
  if (data.imported_from !== undefined) {
    return { data, renamed: [{ path: ['origin'], severity: 'error', message: 'origin: the old name of "imported_from", which is given too: remove "origin".' }] };
  }
  const message = 'origin: renamed "imported_from" (an origin is now who speaks, in origins.yaml): rename the field; the old name will stop being read.';
  return { data: { ...data, imported_from: origin }, renamed: [{ path: ['origin'], severity: 'warning', message }] };
}
