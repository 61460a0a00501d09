/** What the search page makes of Pagefind's results: excerpts as text, sections and passages, type labels, filters worth offering. */
import { describe, expect, it } from 'vitest';
import { excerptRuns, markedExcerpt } from '../../src/lib/search/excerpt.ts';
import { uiFor, type TextKey } from '../../src/lib/i18n/ui.ts';
import { filterGroups, resultView, type PagefindResultData, type PagefindWordLocation } from '../../src/lib/search/results.ts';

const hit = (location: number, balanced_score = 1): PagefindWordLocation => ({ location, weight: 1, balanced_score });

describe('excerptRuns', () => {
  it.each([
    ['plain words', 'the call lasted', [{ text: 'the call lasted', marked: false }]],
    [
      'marked words, and the words between',
      'gives <mark>fifty</mark> <mark>minutes.</mark> The gap',
      [
        { text: 'gives ', marked: false },
        { text: 'fifty', marked: true },
        { text: ' ', marked: false },
        { text: 'minutes.', marked: true },
        { text: ' The gap', marked: false },
      ],
    ],
    // Pagefind escapes < and > of the page's words: they come back as the words, to be shown as text.
    ['escaped markup is words', 'Quay &lt;script&gt;<mark>x</mark>&lt;/script&gt;', [
      { text: 'Quay <script>', marked: false },
      { text: 'x', marked: true },
      { text: '</script>', marked: false },
    ]],
    ['an ampersand stays', 'AT&amp;T &amp; <mark>Co</mark>', [{ text: 'AT&amp;T &amp; ', marked: false }, { text: 'Co', marked: true }]],
    ['nothing', '', []],
  ])('%s', (_case, excerpt, runs) => {
    expect(excerptRuns(excerpt)).toEqual(runs);
  });

  it('reads back what markedExcerpt wrote', () => {
    const words = ['a', '<b>', 'Ushakov', 'said'];
    expect(excerptRuns(markedExcerpt(words, new Set([12]), 10))).toEqual([
      { text: 'a <b> ', marked: false },
      { text: 'Ushakov', marked: true },
      { text: ' said', marked: false },
    ]);
  });
});

describe('resultView', () => {
  const words = 'Putin called Trump . Ushakov said the call lasted an hour . Ushakov added more .'.split(' ');
  const source: PagefindResultData = {
    url: '/sources/a/?highlight=ushakov',
    content: words.join(' '),
    excerpt: 'Putin called Trump. <mark>Ushakov</mark> said',
    weighted_locations: [hit(4), hit(12)],
    anchors: [
      { element: 'div', id: 'p-1', location: 0 },
      { element: 'div', id: 'p-2', location: 4 },
      { element: 'h3', id: 'talks', location: 11 },
      { element: 'div', id: 'p-3', location: 12 },
    ],
    meta: { title: 'A <b>call</b>' },
    filters: { type: ['Source'], outlet: ['TASS'] },
    sub_results: [],
  };

  it('labels a result with its page type and keeps its title as text', () => {
    const view = resultView(source, 'Page');
    expect([view.type, view.title, view.url]).toEqual(['Source', 'A <b>call</b>', '/sources/a/?highlight=ushakov']);
  });

  it('gives a source page one section per paragraph with a hit, linking to it with the terms kept, its excerpt from that paragraph only', () => {
    const sections = resultView(source, 'Page').sections;
    // The paragraph's number too, so the page can show "¶2" and have it read "paragraph 2".
    expect(sections.map((s) => [s.title, s.url, s.paragraph])).toEqual([
      ['¶2', '/sources/a/?highlight=ushakov#p-2', 2],
      ['¶3', '/sources/a/?highlight=ushakov#p-3', 3],
    ]);
    expect(sections[0]!.excerpt).toEqual([
      { text: 'Ushakov', marked: true },
      { text: ' said the call lasted an hour .', marked: false },
    ]);
  });

  it('puts the sections with most of the matched words first, three at most, and leaves out the page itself', () => {
    const section = (id: string, scores: number[]) => ({
      title: id,
      url: `/topics/t/#${id}`,
      excerpt: `<mark>${id}</mark>`,
      anchor: { element: 'h2', id, location: 0 },
      weighted_locations: scores.map((s) => hit(0, s)),
    });
    const topic: PagefindResultData = {
      ...source,
      url: '/topics/t/',
      anchors: [],
      filters: { type: ['Topic'] },
      sub_results: [
        { title: 'The page', url: '/topics/t/', excerpt: 'x', weighted_locations: [hit(0, 50)] },
        section('known', [1]),
        section('judgments', [2, 2]),
        section('disagree', [3]),
        section('watch', [0.5]),
      ],
    };
    expect(resultView(topic, 'Page').sections.map((s) => s.title)).toEqual(['judgments', 'disagree', 'known']);
    expect(resultView(topic, 'Page').sections.every((s) => s.paragraph === undefined)).toBe(true);
  });
});

describe('filterGroups', () => {
  const english = uiFor('en');
  it('offers only the filters with two values or more, in the page order, values most pages first', () => {
    const groups = filterGroups({
      entity: { 'Yuri Ushakov': 3, Isfahan: 1 },
      outlet: { Unknown: 3 },
      type: { Source: 3, Entity: 30, Topic: 3, Claim: 0 },
      topic: {},
    }, (name) => english.text(`search.filter.${name}` as TextKey));
    expect(groups.map((g) => [g.label, g.values.map((v) => `${v.value} (${v.count})`)])).toEqual([
      ['Type', ['Entity (30)', 'Source (3)', 'Topic (3)']],
      ['Mentions', ['Yuri Ushakov (3)', 'Isfahan (1)']],
    ]);
  });
});
