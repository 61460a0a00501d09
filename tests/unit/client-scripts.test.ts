/** The pure parts of the browser scripts: when the search highlighter loads. */
import { describe, expect, it } from 'vitest';
import { highlighterUrl } from '../../src/scripts/search-highlight.ts';

describe('highlighterUrl', () => {
  it.each([
    ['?highlight=witkoff', '/', '/pagefind/pagefind-highlight.js'],
    ['?highlight=witkoff', '/briefings/june', '/briefings/june/pagefind/pagefind-highlight.js'],
    ['?highlight=', '/', undefined],
    ['', '/', undefined],
  ])('search %j under %s loads %s', (search, base, url) => {
    expect(highlighterUrl(search, base)).toBe(url);
  });
});
