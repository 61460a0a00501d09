import { describe, expect, it } from 'vitest';
import { exactNamesFirst, matchedWords, resultView, type PagefindResultData } from '../../src/lib/search/results.ts';

const page = (url: string, title: string, names?: string, excerpt = ''): PagefindResultData => ({
  url,
  content: '',
  excerpt,
  weighted_locations: [],
  anchors: [],
  meta: { title, ...(names === undefined ? {} : { names }) },
  filters: { type: [names === undefined ? 'Topic' : 'Entity'] },
  sub_results: [],
});

describe('exactNamesFirst', () => {
  const views = [
    page('/entities/ukraine/', 'Ukraine', 'Ukraine'),
    page('/topics/swaps/', 'Ukraine and the prisoner swaps'),
    page('/entities/united-kingdom/', 'United Kingdom', 'United Kingdom · UK'),
    page('/entities/israel-defense-forces/', 'Israel Defense Forces', 'Israel Defense Forces · IDF'),
    page('/entities/israel/', 'Israel', 'Israel'),
  ].map((data) => resultView(data, 'Page'));
  const urls = (term: string) => exactNamesFirst(views, term).map((view) => view.url);

  it('puts the page named exactly what was searched first, by one of its names or its title, keeping the rest in order', () => {
    expect(urls('uk')).toEqual(['/entities/united-kingdom/', '/entities/ukraine/', '/topics/swaps/', '/entities/israel-defense-forces/', '/entities/israel/']);
    expect(urls(' Israel ')[0]).toBe('/entities/israel/');
    expect(urls('Ukraine and the prisoner swaps')[0]).toBe('/topics/swaps/');
  });

  it('keeps the order when no page is so named', () => {
    expect(urls('Kyiv')).toEqual(views.map((view) => view.url));
  });
});

describe('matchedWords', () => {
  it('gives the words the results matched as written on the pages', () => {
    const views = [page('/a/', 'A', undefined, 'said by <mark>U.S.</mark> officials'), page('/b/', 'B', undefined, '<mark>Ushakov’s</mark> account')].map((data) => resultView(data, 'Page'));
    expect([...matchedWords(views)]).toEqual(['U', 'S', 'Ushakov’s']);
  });
});
