/**
 * Search results link to a passage with `?highlight=terms`; only then is
 * Pagefind's highlighter loaded, so that ordinary visits run no search code.
 */
import { SEARCH_INDEX_FOLDER } from '../lib/search/index-parts';

/** The highlighter to load for a page's query string (`location.search`), or undefined when it names no terms. */
export function highlighterUrl(search: string, base: string): string | undefined {
  if (!new URLSearchParams(search).get('highlight')) return undefined;
  return `${base.replace(/\/?$/u, '/')}${SEARCH_INDEX_FOLDER}/pagefind-highlight.js`;
}

type PagefindHighlightConstructor = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

/** Marks the search terms of the page's `?highlight=` on the page, if it has any. */
export async function highlightSearchTerms(base: string): Promise<void> {
  const url = highlighterUrl(location.search, base);
  if (!url) return;
  await import(/* @vite-ignore */ url);
  const Highlight = (window as unknown as { PagefindHighlight: PagefindHighlightConstructor }).PagefindHighlight;
  // The site styles .pagefind-highlight itself; injected styles would break the CSP.
  new Highlight({ highlightParam: 'highlight', addStyles: false });
}
