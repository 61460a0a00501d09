/**
 * Where the search index lies in a built site, for the indexer that writes
 * it (src/integrations/search-index.ts) and the search page that reads it
 * (src/scripts/search-page.ts). A large site's index is in parts: the first
 * at SEARCH_INDEX_FOLDER, the others in folders under it, which
 * SEARCH_PARTS_FILE lists and the search page merges into the first.
 */

/** The index's folder in the site: Pagefind's bundle, whose pagefind.js the search page loads. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** In SEARCH_INDEX_FOLDER: a JSON array of the further parts' folders, relative to it, each ending in `/`. */
export const SEARCH_PARTS_FILE = 'parts.json';

/** The folder of part `n` (from 0) relative to SEARCH_INDEX_FOLDER: the first part is the folder itself. */
export const searchPartFolder = (n: number): string => (n === 0 ? '' : `part-${n + 1}/`);
