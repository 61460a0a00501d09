/**
 * Which pages each part of a search index in parts holds, chosen so that a
 * rebuild finds most parts unchanged (src/integrations/search-index.ts keeps
 * each part's index by the digest of its pages, and reuses it).
 *
 * The archive's pages (one a source) are laid out in the archive's order
 * (each source's number, src/lib/dossier/recency.ts: an added source takes
 * the next) in full parts of exactly `pagesPerPart`: once full, a part holds
 * the same pages however the archive grows, and changes only when one of its
 * pages does. The newest sources that fill no part yet share the last part
 * with the dossier's own pages (briefing, topics, ledger, entities), which
 * change as sources are added; those are dealt in turn into as many parts
 * as keep each within `pagesPerPart`.
 */

/**
 * The parts of an index of `pages` (files of the site, in a fixed order),
 * each a list of pages: the archive's full parts first, then the rest.
 * `archiveOrder` gives each archive page its place in the archive. Always at
 * least one part; no part is empty unless `pages` is.
 */
export function planSearchParts(pages: readonly string[], pagesPerPart: number, archiveOrder: ReadonlyMap<string, number>): string[][] {
  const archived = pages.filter((page) => archiveOrder.has(page)).sort((a, b) => archiveOrder.get(a)! - archiveOrder.get(b)!);
  const fullParts = Math.floor(archived.length / pagesPerPart);
  const parts: string[][] = [];
  for (let k = 0; k < fullParts; k += 1) parts.push(archived.slice(k * pagesPerPart, (k + 1) * pagesPerPart));
  const inFullParts = new Set(archived.slice(0, fullParts * pagesPerPart));
  const rest = pages.filter((page) => !inFullParts.has(page));
  if (rest.length > 0 || parts.length === 0) {
    const count = Math.max(1, Math.ceil(rest.length / pagesPerPart));
    const dealt: string[][] = Array.from({ length: count }, () => []);
    rest.forEach((page, i) => dealt[i % count]!.push(page));
    parts.push(...dealt);
  }
  return parts;
}
