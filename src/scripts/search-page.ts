/**
 * The search page: Pagefind's default UI in the page's container, with the
 * results on source pages split by paragraph (see passage-results.ts), and
 * the search of the URL's `?q=` run at once.
 */
import { passageSubResults, type PagefindResultData } from './passage-results';

type PagefindUIConstructor = new (options: Record<string, unknown>) => { triggerSearch(term: string): void };

/** Starts Pagefind UI in `container` (its `data-base` is the site's base path), if pagefind-ui.js has loaded. */
export function startSearch(container: HTMLElement): void {
  const PagefindUI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
  if (!PagefindUI) return;
  const ui = new PagefindUI({
    element: `#${container.id}`,
    showSubResults: true,
    showImages: false,
    highlightParam: 'highlight',
    bundlePath: `${container.dataset['base']}pagefind/`,
    processResult: (result: PagefindResultData) => passageSubResults(result),
    // Search runs on this machine, so results can follow typing closely
    // (Pagefind's default waits 300 ms after the last key).
    debounceTimeoutMs: 60,
  });
  // Pagefind's input is named only by its title, which screen readers may skip.
  container.querySelector('.pagefind-ui__search-input')?.setAttribute('aria-label', 'Search terms');
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
}
