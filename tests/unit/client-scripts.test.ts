/** The pure parts of the browser scripts: when the search highlighter loads. */
import { describe, expect, it } from 'vitest';
import { highlighterUrl } from '../../src/scripts/search-highlight.ts';

describe('highlighterUrl', () => {
  it.each([
    ['?highlight=witkoff', '/pagefind/', '/pagefind/pagefind-highlight.js'],
    ['?highlight=witkoff', '/briefings/june/pagefind', '/briefings/june/pagefind/pagefind-highlight.js'],
    ['?highlight=', '/pagefind/', undefined],
    ['', '/pagefind/', undefined],
  ])('search %j with the index at %s loads %s', (search, indexUrl, url) => {
    expect(highlighterUrl(search, indexUrl)).toBe(url);
  });
});
