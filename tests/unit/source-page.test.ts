/** What a source page shows of each paragraph, the files to cite it from, and its JSON-LD. */
import { describe, expect, it } from 'vitest';
import { asideSummary, citationDownloads, markKindsOn, sourceBlocks, sourcePageJsonLd, type PassageView } from '../../src/lib/view/source-page.ts';
import { splitArticleBody } from '../../src/lib/text/paragraphs.ts';
import { createUrls } from '../../src/lib/urls.ts';
import type { IncomingCitation, ResolvedNote } from '../../src/lib/dossier/model.ts';
import type { Locator } from '../../src/lib/citations/syntax.ts';
import { uiFor } from '../../src/lib/i18n/ui.ts';

const BODY = [
  'Putin called Trump on <em>Saturday</em> for an hour.',
  '## The talks',
  'They spoke of Iran.',
  'Topics: <ul><li>Iran</li><li>Ukraine</li></ul>',
].join('\n\n');
const blocks = splitArticleBody(BODY);
const paragraph = (n: number) => blocks.find((b) => b.kind === 'paragraph' && b.number === n)!.text;

/** A citation from a topic page of `words` of paragraph `n` (the whole paragraph when no words). */
function cite(use: number, n: number, words?: string): IncomingCitation {
  const start = words ? paragraph(n).indexOf(words) : 0;
  const end = words ? start + words.length : paragraph(n).length;
  const locator: Locator = words ? { kind: 'quote', quote: words } : { kind: 'paragraph', number: n };
  return {
    document: { kind: 'topic', id: 'the-call', title: 'The call', url: '/topics/the-call/' },
    use: { use, sourceNumber: 1, articleId: 'a', locator, passage: { paragraph: n, start, end }, sentence: `Sentence ${use}.`, line: 1, column: 1 },
  };
}

function note(kind: ResolvedNote['kind'], n: number, words: string): ResolvedNote {
  const start = paragraph(n).indexOf(words);
  return { kind, note: `A ${kind} note.`, quote: words, passage: { paragraph: n, start, end: start + words.length } };
}

const passage = (views: ReturnType<typeof sourceBlocks>, n: number) => views.find((v): v is PassageView => v.kind === 'paragraph' && v.number === n)!;

describe('sourceBlocks', () => {
  it('keeps headings and numbered paragraphs in order', () => {
    expect(sourceBlocks({ blocks, data: {}, notes: [] }, []).map((b) => (b.kind === 'heading' ? b.text : b.number))).toEqual([1, 'The talks', 2, 3]);
  });

  it.each([
    ['an unmarked paragraph as it is', [], [], 'They spoke of Iran.'],
    ['quoted words in a mark, in a span that citations land on', [cite(1, 2, 'spoke of')], [], 'They <span class="quote" id="q-2-5-13"><mark class="cited">spoke of</mark></span> Iran.'],
    ['noted words in a span of the note’s kind', [], [note('caution', 2, 'Iran')], 'They spoke of <span class="noted-caution">Iran</span>.'],
    [
      'words both cited and noted in a mark around the note’s span',
      [cite(1, 2, 'spoke of Iran')],
      [note('error', 2, 'Iran')],
      'They <span class="quote" id="q-2-5-18"><mark class="cited">spoke of </mark><mark class="cited"><span class="noted-error">Iran</span></mark></span>.',
    ],
    ['a whole-paragraph citation with no mark', [cite(1, 2)], [], 'They spoke of Iran.'],
  ] as const)('marks %s', (_case, cites, notes, html) => {
    expect(passage(sourceBlocks({ blocks, data: {}, notes }, cites), 2).html).toBe(html);
  });

  it.each([
    [
      'markup inside the quote in its span',
      ['Trump on Saturday'],
      'Putin called <span class="quote" id="q-1-13-30"><mark class="cited">Trump on </mark><em><mark class="cited">Saturday</mark></em></span> for an hour.',
    ],
    [
      'a quote inside another in its own span, in the other’s',
      ['called Trump on Saturday', 'Trump'],
      'Putin <span class="quote" id="q-1-6-30"><mark class="cited">called </mark><span class="quote" id="q-1-13-18"><mark class="cited">Trump</mark></span><mark class="cited"> on </mark><em><mark class="cited">Saturday</mark></em></span> for an hour.',
    ],
    [
      'the same words quoted twice in one span',
      ['an hour', 'an hour'],
      'Putin called Trump on <em>Saturday</em> for <span class="quote" id="q-1-35-42"><mark class="cited">an hour</mark></span>.',
    ],
    [
      'a quote crossing the end of another in pieces, the first with the id',
      ['Putin called Trump', 'Trump on Saturday'],
      '<span class="quote" id="q-1-0-18"><mark class="cited">Putin called </mark><span class="quote" id="q-1-13-30"><mark class="cited">Trump</mark></span></span><span class="quote quote-rest"><mark class="cited"> on </mark><em><mark class="cited">Saturday</mark></em></span> for an hour.',
    ],
    [
      'a quote that starts inside markup in pieces, keeping it well nested',
      ['day for'],
      'Putin called Trump on <em>Satur<span class="quote" id="q-1-27-34"><mark class="cited">day</mark></span></em><span class="quote quote-rest"><mark class="cited"> for</mark></span> an hour.',
    ],
  ])('wraps quoted words across markup: %s', (_case, quotes, html) => {
    const cites = quotes.map((words, i) => cite(i + 1, 1, words));
    expect(passage(sourceBlocks({ blocks, data: {}, notes: [] }, cites), 1).html).toBe(html);
  });

  it('gives each paragraph its own notes and citations, and says when it is cited whole', () => {
    const cites = [cite(1, 1, 'an hour'), cite(2, 2), cite(3, 1, 'Putin')];
    const notes = [note('context', 2, 'Iran')];
    const views = sourceBlocks({ blocks, data: {}, notes }, cites);
    expect(passage(views, 1)).toMatchObject({ cites: [cites[0], cites[2]], notes: [], citedWhole: false });
    expect(passage(views, 2)).toMatchObject({ cites: [cites[1]], notes, citedWhole: true });
    expect(passage(views, 3)).toMatchObject({ cites: [], notes: [], citedWhole: false });
  });

  it('links each cited passage and noted run to the same words in the original, when the article has a URL', () => {
    const url = 'https://example.org/call';
    const views = sourceBlocks({ blocks, data: { url }, notes: [note('caution', 2, 'Iran')] }, [cite(1, 1, 'an hour'), cite(2, 2)]);
    expect(passage(views, 1).cites.map((c) => c.original)).toEqual([`${url}#:~:text=an%20hour`]);
    // "Iran" is also in ¶3's list, so its paragraph's words around it tell them apart.
    expect(passage(views, 2).notes.map((n) => n.original)).toEqual([`${url}#:~:text=of-,Iran`]);
    expect(passage(views, 2).cites.map((c) => c.original)).toEqual([`${url}#:~:text=They%20spoke%20of%20Iran.`]);
  });

  it('links nothing to an original that has no URL', () => {
    const views = sourceBlocks({ blocks, data: {}, notes: [note('caution', 2, 'Iran')] }, [cite(1, 2, 'Iran')]);
    expect([...passage(views, 2).cites, ...passage(views, 2).notes].map((item) => item.original)).toEqual([undefined, undefined]);
  });

  it('shows a paragraph that holds a list as a div, since a p cannot hold one', () => {
    const views = sourceBlocks({ blocks, data: {}, notes: [] }, []);
    expect([1, 2, 3].map((n) => passage(views, n).element)).toEqual(['p', 'p', 'div']);
  });
});

describe('asideSummary', () => {
  it.each([
    [1, 0, '1 note'],
    [0, 1, 'Cited in 1 place'],
    [2, 3, '2 notes · cited in 3 places'],
  ])('folds %i notes and %i citations into one line: %s', (notes, cites, line) => {
    const views = sourceBlocks(
      { blocks, data: {}, notes: Array.from({ length: notes }, () => note('error', 2, 'Iran')) },
      Array.from({ length: cites }, (_, i) => cite(i + 1, 2, 'spoke')),
    );
    expect(asideSummary(uiFor('en'), passage(views, 2))).toBe(line);
  });
});

describe('citationDownloads', () => {
  it('offers each format from beside the page under the base path, saved under the article’s id', () => {
    expect(citationDownloads('2025-06-14-call', createUrls('/briefings/june/'))).toEqual([
      { label: 'BibTeX', href: '/briefings/june/sources/2025-06-14-call/cite.bib', download: '2025-06-14-call.bib' },
      { label: 'RIS', href: '/briefings/june/sources/2025-06-14-call/cite.ris', download: '2025-06-14-call.ris' },
      { label: 'CSL-JSON', href: '/briefings/june/sources/2025-06-14-call/cite.json', download: '2025-06-14-call.json' },
    ]);
  });
});

describe('sourcePageJsonLd', () => {
  it('names the page and the dossier by absolute URLs under the base path', () => {
    const data = { title: 'The call', outlet: 'Wire', published: '2025-06-14', language: 'en' } as const;
    const jsonLd = sourcePageJsonLd({ id: 'call', data: { ...data, title_supplied: false, derived_from: [], notes: [], attributions: [], observations: [], independent: [] } }, 'June dossier', 'https://example.org', createUrls('/june/'));
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'The call',
      mainEntityOfPage: { '@id': 'https://example.org/june/sources/call/', isPartOf: { name: 'June dossier', url: 'https://example.org/june/' } },
    });
  });
});

describe('markKindsOn', () => {
  it.each([
    ['nothing for an unmarked text', [], [], []],
    ['a whole-paragraph citation as no mark', [cite(1, 2)], [], []],
    ['each kind once, in the legend’s order', [cite(1, 2, 'spoke of'), cite(2, 1, 'Trump')], [note('context', 2, 'Iran'), note('error', 1, 'Putin')], ['cited', 'noted-error', 'noted-context']],
  ] as const)('gives %s', (_case, cites, notes, kinds) => {
    expect(markKindsOn(sourceBlocks({ blocks, data: {}, notes }, cites))).toEqual(kinds);
  });
});
