/**
 * Pagefind splits results into sub-results at headings only. A source page's
 * unit is the numbered paragraph (`<div id="p-4">`), so this rebuilds the
 * sub-results of source pages from Pagefind's anchors: one per paragraph that
 * holds a hit, linking to that paragraph with the search terms kept.
 */

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
}

export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  locations: number[];
  anchors: PagefindAnchor[];
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}

const PARAGRAPH_ID = /^p-(\d+)$/u;
const EXCERPT_WORDS = 14;

const escapeHtml = (text: string) =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function excerptAround(words: readonly string[], hits: readonly number[]): string {
  const first = hits[0] ?? 0;
  const from = Math.max(0, first - EXCERPT_WORDS / 2);
  const to = Math.min(words.length, from + EXCERPT_WORDS * 2);
  const hitSet = new Set(hits);
  return words
    .slice(from, to)
    .map((word, i) => (hitSet.has(from + i) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(' ');
}

/** Replaces a source page's sub-results with one per paragraph that has a hit. */
export function passageSubResults(result: PagefindResultData): PagefindResultData {
  const paragraphs = result.anchors.filter((a) => PARAGRAPH_ID.test(a.id)).sort((a, b) => a.location - b.location);
  if (paragraphs.length === 0) return result;
  const words = result.content.split(/\s+/u);
  const hitsByAnchor = new Map<PagefindAnchor, number[]>();
  for (const location of result.locations) {
    const anchor = paragraphs.filter((a) => a.location <= location).pop();
    if (!anchor) continue;
    hitsByAnchor.set(anchor, [...(hitsByAnchor.get(anchor) ?? []), location]);
  }
  const sub_results = [...hitsByAnchor.entries()]
    .sort(([, a], [, b]) => b.length - a.length)
    .map(([anchor, hits]) => {
      const url = new URL(result.url, 'https://dossier.invalid');
      url.hash = anchor.id;
      return {
        title: `¶${PARAGRAPH_ID.exec(anchor.id)![1]}`,
        url: `${url.pathname}${url.search}${url.hash}`,
        excerpt: excerptAround(words, hits),
        anchor,
      };
    });
  return { ...result, sub_results };
}
