/**
 * Search results link to a passage with `?highlight=terms`; only then is
 * Pagefind's highlighter loaded, so that ordinary visits run no search code.
 */

/** The highlighter to load for a page's query string (`location.search`), from the search index at `indexUrl`, or undefined when it names no terms. */
export function highlighterUrl(search: string, indexUrl: string): string | undefined {
  if (!new URLSearchParams(search).get('highlight')) return undefined;
  return `${indexUrl.replace(/\/?$/u, '/')}pagefind-highlight.js`;
}

type PagefindHighlightConstructor = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

/** Marks the search terms of the page's `?highlight=` on the page, if it has any. */
export async function highlightSearchTerms(indexUrl: string): Promise<void> {
  const url = highlighterUrl(location.search, indexUrl);
  if (!url) return;
  await import(/* @vite-ignore */ url);
  const Highlight = (window as unknown as { PagefindHighlight: PagefindHighlightConstructor }).PagefindHighlight;
  // The site styles .pagefind-highlight itself; injected styles would break the CSP.
  new Highlight({ highlightParam: 'highlight', addStyles: false });
}
