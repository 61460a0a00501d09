/**
 * A search filter's value (an outlet, a topic, an entity) is what the
 * search page offers to filter by: the words a reader would see, without
 * any markup pasted with them (removed as the article sanitiser removes it).
 * The search page shows it as text.
 */
import { parseInlineHtml } from '../text/inline-html.ts';

/** The value of a `data-pagefind-filter` element for `value`. */
export function pagefindFilterText(value: string): string {
  return parseInlineHtml(value).text;
}
