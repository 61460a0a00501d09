/** The endnotes of the print edition: each cited paragraph once, with the words quoted from it marked. */
import { describe, expect, it } from 'vitest';
import { citedPassageCount, citedPassages } from '../../src/lib/view/print-passages.ts';
import { splitArticleBody } from '../../src/lib/text/paragraphs.ts';
import type { PublishedArticle } from '../../src/lib/dossier/model.ts';
import type { CitationUse } from '../../src/lib/dossier/documents.ts';

const article = (id: string, number: number, body: string) => ({ id, number, blocks: splitArticleBody(body) }) as unknown as PublishedArticle;
const ARTICLES = [
  article('a', 1, ['Putin called Trump on <em>Saturday</em> for an hour.', '## The talks', 'They spoke of Iran and of Ukraine.', 'Topics: <ul><li>Iran</li><li>Ukraine</li></ul>'].join('\n\n')),
  article('b', 2, 'Fifty minutes, said the aide.'),
];
const articleOf = (id: string) => ARTICLES.find((a) => a.id === id);
const textOf = (id: string, paragraph: number) => {
  const block = articleOf(id)!.blocks.find((b) => b.kind === 'paragraph' && b.number === paragraph)!;
  return block.kind === 'paragraph' ? block.text : '';
};

let uses = 0;
/** A citation of `words` of paragraph `paragraph` of article `id` (the whole paragraph when no words). */
function cite(id: string, paragraph: number, words?: string): CitationUse {
  const text = textOf(id, paragraph);
  const start = words ? text.indexOf(words) : 0;
  uses += 1;
  return {
    use: uses,
    sourceNumber: articleOf(id)!.number,
    articleId: id,
    locator: words ? { kind: 'quote', quote: words } : { kind: 'paragraph', number: paragraph },
    passage: { paragraph, start, end: words ? start + words.length : text.length },
    sentence: 'A sentence.',
    line: 1,
    column: 1,
  };
}

describe('citedPassages', () => {
  it('lists each cited paragraph once, in order of first citation', () => {
    const passages = citedPassages([cite('b', 1, 'Fifty minutes'), cite('a', 2, 'Iran'), cite('b', 1, 'the aide'), cite('a', 1)], articleOf);
    expect(passages.map((p) => [p.article.number, p.paragraph])).toEqual([
      [2, 1],
      [1, 2],
      [1, 1],
    ]);
  });

  it('marks every quoted run of the paragraph, a run quoted twice once', () => {
    const [passage] = citedPassages([cite('a', 2, 'Iran'), cite('a', 2, 'Ukraine'), cite('a', 2, 'Iran')], articleOf);
    expect(passage!.html).toBe('They spoke of <mark>Iran</mark> and of <mark>Ukraine</mark>.');
  });

  it('keeps the paragraph’s markup, a quote across it marked on each side', () => {
    const [passage] = citedPassages([cite('a', 1, 'Trump on Saturday')], articleOf);
    expect(passage!.html).toBe('Putin called <mark>Trump on </mark><em><mark>Saturday</mark></em> for an hour.');
    expect(passage!.element).toBe('p');
  });

  it('shows a paragraph cited whole without marks, and one holding a list as a block', () => {
    const [whole, list] = citedPassages([cite('a', 2), cite('a', 3)], articleOf);
    expect(whole!.html).toBe('They spoke of Iran and of Ukraine.');
    expect(list!.element).toBe('div');
    expect(list!.html).toContain('<ul><li>Iran</li>');
  });

  it('marks the words of a quote also cited whole', () => {
    const [passage] = citedPassages([cite('b', 1), cite('b', 1, 'the aide')], articleOf);
    expect(passage!.html).toBe('Fifty minutes, said <mark>the aide</mark>.');
  });

  it('is counted, for the contents, as many as it lists: a paragraph once, an article the dossier does not publish not at all', () => {
    const citations = [cite('b', 1, 'Fifty minutes'), cite('a', 2, 'Iran'), cite('b', 1, 'the aide'), cite('a', 1), { ...cite('a', 1), articleId: 'gone' }];
    expect(citedPassages(citations, articleOf)).toHaveLength(3);
    expect(citedPassageCount(citations, articleOf)).toBe(3);
  });
});
