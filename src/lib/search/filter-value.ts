/**
 * Pagefind's default UI inserts filter values into the page as HTML (titles
 * and excerpts it escapes, filter labels it does not), and its indexer hands
 * them back decoded however they were escaped in the page: an outlet named
 * `Harbour <b onclick=…>` would come back as markup. Escaping cannot survive
 * that trip, so a filter value is the words a reader would see (markup
 * removed by the article sanitiser) with no angle bracket left that could
 * open a tag.
 */
import { parseInlineHtml } from '../text/inline-html.ts';

/** The text of a `data-pagefind-filter` element for `value`. */
export function pagefindFilterText(value: string): string {
  return parseInlineHtml(value).text.replace(/</gu, '‹').replace(/>/gu, '›');
}
