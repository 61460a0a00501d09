/** Smaller parts of pages: counts in words, the list of sources, the print edition's parts, the timeline's topics, the newest sources. */
import { describe, expect, it } from 'vitest';
import { uiFor } from '../../src/lib/i18n/ui.ts';
import { backlinkLetter, citedSourceCount, notesSummary, sourcesByNumber } from '../../src/lib/view/source-list.ts';
import { printParts } from '../../src/lib/view/print-edition.ts';
import { eventTopic } from '../../src/lib/view/timeline.ts';
import { briefingParts, recentlyAdded } from '../../src/lib/view/home-page.ts';
import type { CitationUse } from '../../src/markdown/citation-data.ts';
import type { PublishedArticle } from '../../src/lib/dossier/model.ts';

const english = uiFor('en');

describe('counts in words', () => {
  it.each([
    [0, '0 mentions'],
    [1, '1 mention'],
    [2, '2 mentions'],
    [1234, '1,234 mentions'],
  ])('%i', (count, text) => {
    expect(english.count('count.mention', count)).toBe(text);
  });
});

describe('the list of sources', () => {
  const use = (n: number, sourceNumber: number, articleId: string): CitationUse => ({
    use: n, sourceNumber, articleId, locator: { kind: 'paragraph', number: 1 }, passage: { paragraph: 1, start: 0, end: 1 }, sentence: '', line: 1, column: 1,
  });
  const citations = [use(1, 2, 'b'), use(2, 1, 'a'), use(3, 2, 'b'), use(4, 3, 'c')];

  it('lists each source once, by number, with its uses in reading order', () => {
    expect(sourcesByNumber(citations).map(({ number, uses }) => [number, uses.map((u) => u.use)])).toEqual([[1, [2]], [2, [1, 3]], [3, [4]]]);
  });

  it('counts the distinct sources cited', () => {
    expect(citedSourceCount(citations)).toBe(3);
  });

  it.each([
    [0, 'a'],
    [25, 'z'],
    [26, 'aa'],
    [27, 'ab'],
    [52, 'ba'],
  ])('letters back-link %i as "%s"', (index, letter) => {
    expect(backlinkLetter(index)).toBe(letter);
  });
});

describe('the print edition', () => {
  // Topics named as the other parts are: their parts still have paths of their own.
  const topics = [{ id: 'briefing' }, { id: 'timeline' }, { id: 'the-call' }];

  it.each([
    [1, ['briefing', 'topics/briefing', 'topics/timeline', 'topics/the-call', 'timeline']],
    [0, ['briefing', 'topics/briefing', 'topics/timeline', 'topics/the-call']],
  ])('has a part for the briefing, each topic in order and, with %i events, the timeline, each at a path no other part has', (events, paths) => {
    const parts = printParts({ topics, timeline: Array.from({ length: events }) } as unknown as Parameters<typeof printParts>[0]);
    expect(parts.map((part) => part.path)).toEqual(paths);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('eventTopic', () => {
  const topics = [{ id: 'the-call', title: 'The call', url: '/topics/the-call/' }];
  it('links an event to its topic, or shows an unknown topic’s slug and links home', () => {
    expect(eventTopic(topics, 'the-call', '/')).toEqual({ title: 'The call', href: '/topics/the-call/' });
    expect(eventTopic(topics, 'gone', '/')).toEqual({ title: 'gone', href: '/' });
  });
});

describe('recentlyAdded', () => {
  const article = (id: string, added?: string) => ({ id, data: { published: '2025-06-14', ...(added ? { added } : {}) } }) as PublishedArticle;
  it('lists the five sources added last, newest first, leaving out those with no date added', () => {
    const articles = [article('old', '2026-01-01'), article('undated'), ...['02', '03', '04', '05', '06'].map((day) => article(`jan-${day}`, `2026-01-${day}`))];
    expect(recentlyAdded(articles).map((a) => a.id)).toEqual(['jan-06', 'jan-05', 'jan-04', 'jan-03', 'jan-02']);
  });
});

describe('recentlyAdded, when every source came in on one day', () => {
  const article = (id: string, added?: string) => ({ id, data: { published: '2025-06-14', ...(added ? { added } : {}) } }) as PublishedArticle;
  it('lists none: the list of sources says it all', () => {
    expect(recentlyAdded([article('a', '2026-01-01'), article('b', '2026-01-01'), article('c')])).toEqual([]);
  });
});

describe('briefingParts', () => {
  const pending = '<div data-slot="pending"></div>';
  it('splits the briefing where it places what is pending', () => {
    expect(briefingParts(`<h2>Bottom line</h2>${pending}<h2>What each side said</h2>`, true)).toEqual({ html: '<h2>Bottom line</h2>', after: '<h2>What each side said</h2>' });
  });
  it('puts what is pending after a briefing that places it nowhere, and nothing when there is nothing pending', () => {
    expect(briefingParts('<h2>Bottom line</h2>', true)).toEqual({ html: '<h2>Bottom line</h2>', after: '' });
    expect(briefingParts('<h2>Bottom line</h2>', false)).toEqual({ html: '<h2>Bottom line</h2>' });
  });
});

describe('notesSummary', () => {
  it.each([
    [[], undefined],
    [['caution'], '1 caution'],
    [['context', 'error', 'caution', 'error', 'caution', 'caution'], '2 errors, 3 cautions, 1 context note'],
    [['context', 'context'], '2 context notes'],
  ] as const)('%j → %s', (kinds, summary) => {
    expect(notesSummary(english, kinds.map((kind) => ({ kind })))).toBe(summary);
  });
});
