/**
 * The props of the components a project can replace through the
 * `dossier({ components })` option: the default components take exactly
 * these, and so does an override.
 */
import type { PublishedArticle } from '../lib/dossier/model';

/** The page's header: the dossier's name, the site's sections and a search box. */
export interface HeaderProps {
  /** The dossier's title (its `content/dossier.md`). */
  readonly title: string;
  /** The home page: the briefing. */
  readonly homeHref: string;
  /**
   * The site's sections, in order, each with its link's `aria-current`: `page` on the section's own page, `true` on a
   * page within it (a topic's claims, an entity's page), undefined elsewhere.
   */
  readonly nav: ReadonlyArray<{ readonly href: string; readonly label: string; readonly ariaCurrent: 'page' | 'true' | undefined }>;
  /** Where a search form sends its `q` (the search page); absent on the search page, which has its own box. */
  readonly searchHref?: string | undefined;
}

/** The page's footer. */
export interface FooterProps {
  /** The dossier's title. */
  readonly title: string;
  /** When the dossier was last updated, as its frontmatter gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly updated: string;
  /** The same date written out for readers, e.g. `14 June 2025`. */
  readonly updatedText: string;
  /** The print edition's contents, which link a page for each of its parts. */
  readonly printHref: string;
}

/** A source's full reference (in the source lists and the print edition's bibliography). */
export interface SourceReferenceProps {
  /**
   * The source: `id`, `number` (its label on every page), `title`, `outlet`, `published` (a partial date),
   * `data` (its frontmatter: `url`, `archived`, `author`, …); see
   * PublishedArticle in src/lib/dossier/model.ts.
   */
  readonly article: PublishedArticle;
}
