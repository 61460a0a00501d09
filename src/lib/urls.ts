/**
 * Every internal URL of the site, honouring the base path the site is hosted
 * under (`DOSSIER_BASE`). Pages build links only through these.
 */
import { SEARCH_INDEX_FOLDER, SEARCH_PARTS_FILE } from './search/index-parts.ts';

export function createUrls(base: string) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return {
    home: () => prefix,
    topic: (slug: string) => `${prefix}topics/${slug}/`,
    source: (id: string) => `${prefix}sources/${id}/`,
    /** Page `n` (from 1) of the index of all sources. */
    sourceIndex: (n = 1) => (n === 1 ? `${prefix}sources/` : `${prefix}sources/page/${n}/`),
    /** A file beside a source page, e.g. its citation exports (`cite.bib`). */
    sourceFile: (id: string, file: string) => `${prefix}sources/${id}/${file}`,
    search: () => `${prefix}search/`,
    /** The search index's folder (Pagefind's bundle: pagefind.js, its highlighter), and its list of further parts. */
    searchIndex: () => `${prefix}${SEARCH_INDEX_FOLDER}/`,
    searchIndexParts: () => `${prefix}${SEARCH_INDEX_FOLDER}/${SEARCH_PARTS_FILE}`,
    /** The claims ledger's contents: each topic's counts, and a link to its part. */
    claims: () => `${prefix}claims/`,
    /** A topic's part of the claims ledger. */
    topicClaims: (slug: string) => `${prefix}claims/${slug}/`,
    timeline: () => `${prefix}timeline/`,
    /** The print edition's contents. */
    print: () => `${prefix}print/`,
    /** A part of the print edition, by its path (src/lib/view/print-edition.ts): `briefing`, `topics/<slug>`, `timeline`. */
    printPart: (part: string) => `${prefix}print/${part}/`,
    entities: () => `${prefix}entities/`,
    entity: (slug: string) => `${prefix}entities/${slug}/`,
    asset: (file: string) => `${prefix}${file}`,
  };
}

export type SiteUrls = ReturnType<typeof createUrls>;
