/** The pure parts of the browser scripts: when the search highlighter loads, and search results split by paragraph. */
import { describe, expect, it } from 'vitest';
import { highlighterUrl } from '../../src/scripts/search-highlight.ts';
import { passageSubResults, type PagefindResultData } from '../../src/scripts/passage-results.ts';

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

describe('passageSubResults', () => {
  const words = 'Putin called Trump . Ushakov said the call lasted an hour . Ushakov added more .'.split(' ');
  const result: PagefindResultData = {
    url: '/sources/a/?highlight=ushakov',
    content: words.join(' '),
    excerpt: '',
    locations: [4, 12],
    anchors: [
      { element: 'div', id: 'p-1', location: 0 },
      { element: 'div', id: 'p-2', location: 4 },
      { element: 'h3', id: 'talks', location: 11 },
      { element: 'div', id: 'p-3', location: 12 },
    ],
    meta: {},
    sub_results: [],
  };

  it('gives one sub-result per paragraph with a hit, linking to it with the terms kept', () => {
    const subs = passageSubResults(result).sub_results;
    expect(subs.map((s) => [s.title, s.url])).toEqual([
      ['¶2', '/sources/a/?highlight=ushakov#p-2'],
      ['¶3', '/sources/a/?highlight=ushakov#p-3'],
    ]);
    expect(subs[0]!.excerpt).toContain('<mark>Ushakov</mark> said');
  });

  it('leaves a page without numbered paragraphs as Pagefind made it', () => {
    const topic = { ...result, anchors: [{ element: 'h2', id: 'key-judgments', location: 0 }] };
    expect(passageSubResults(topic)).toBe(topic);
  });
});
