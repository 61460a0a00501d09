import { z } from 'astro/zod';
import { LanguageSchema } from './language.ts';
import { IsoDateSchema, PartialDateSchema } from './partial-date.ts';
import { NoteSchema } from './note.ts';
import { AttributionSchema } from './attribution.ts';
import { IndependenceSchema, ObservationSchema } from './observation.ts';
import { HttpUrlSchema } from './url.ts';

/**
 * Frontmatter of an annotated source article, `content/articles/<id>.md`.
 * The body is the article's text, verbatim, one paragraph per block.
 */
export const ArticleSchema = z.strictObject({
  /** The article's headline, or a descriptive title when it has none. */
  title: z.string().trim().min(1, { message: 'must not be empty' }),
  /**
   * `true` when the title was supplied by the dossier, not printed on the
   * article: it is then shown in square brackets, the cataloguing convention.
   */
  title_supplied: z.boolean().default(false),
  /** Who published it; `Unknown` when the provenance does not say. */
  outlet: z.string().trim().min(1, { message: 'must not be empty (write "Unknown" if it is not known)' }),
  /** When it was published, as precisely as known, or `unknown`. */
  published: PartialDateSchema,
  /** How the publication date was established, when it is not printed on the article. */
  published_note: z.string().trim().min(1).optional(),
  /** Where it was published; http or https only. */
  url: HttpUrlSchema.optional(),
  /** An archive copy of it (e.g. the Wayback Machine's), for when `url` moves or disappears; http or https only. */
  archived: HttpUrlSchema.optional(),
  /** When the text was retrieved, YYYY-MM-DD. */
  retrieved: IsoDateSchema.optional(),
  /** When the article was added to the dossier, YYYY-MM-DD (set by `npm run add`); orders "Recently added" and the feed. */
  added: IsoDateSchema.optional(),
  /** BCP 47 language tag of the text. */
  language: LanguageSchema,
  /** The file or feed the text was imported from, kept as received (set by `npm run add`). */
  imported_from: z.string().trim().min(1).optional(),
  /**
   * Deprecated: the old name of `imported_from`, still read as it, with a
   * warning. "Origin" now names only who speaks (origins.yaml).
   */
  origin: z.string().trim().min(1).optional(),
  /**
   * What this article's own text derives from: the id of an article it
   * republishes (a wire copy), or of the origin in origins.yaml it rests on
   * as a whole. Articles so linked share one origin.
   */
  derived_from: z.array(z.string().trim().min(1)).default([]),
  /** Source-criticism notes, each anchored to a passage. */
  notes: z.array(NoteSchema).default([]),
  /** Passages that relay an origin of origins.yaml (a post, a readout), each by its exact words. */
  attributions: z.array(AttributionSchema).default([]),
  /** Passages that are the report's own observation (a published statement, a broadcast): only these count as its own origin. */
  observations: z.array(ObservationSchema).default([]),
  /** Passages held independent of the like passages of other reports, each with the reason (silences the echo warning). */
  independent: z.array(IndependenceSchema).default([]),
});

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
