import { describe, expect, it } from 'vitest';
import { splitArticleBody } from '../../src/lib/text/paragraphs.ts';
import { sentenceAt, sentencesAround } from '../../src/lib/text/sentence.ts';
import { segment } from '../../src/lib/text/segments.ts';

describe('splitArticleBody', () => {
  it('numbers paragraphs, keeps headings unnumbered, joins wrapped lines', () => {
    const body = '\nFirst paragraph\nwraps here.\n\n## A subhead\n\nSecond.\n\n\nThird.\n';
    expect(splitArticleBody(body)).toEqual([
      { kind: 'paragraph', number: 1, text: 'First paragraph wraps here.', line: 2 },
      { kind: 'heading', depth: 2, text: 'A subhead', line: 5 },
      { kind: 'paragraph', number: 2, text: 'Second.', line: 7 },
      { kind: 'paragraph', number: 3, text: 'Third.', line: 10 },
    ]);
  });

  it('treats CRLF line ends like LF', () => {
    expect(splitArticleBody('One.\r\n\r\nTwo.').map((b) => b.text)).toEqual(['One.', 'Two.']);
  });

  it('does not read a "#" inside a paragraph as a heading', () => {
    expect(splitArticleBody('Line one\n# not a heading')).toEqual([
      { kind: 'paragraph', number: 1, text: 'Line one # not a heading', line: 1 },
    ]);
  });
});

describe('sentenceAt', () => {
  const text = 'The call lasted an hour. Putin placed it! Did Trump agree? Nobody knows.';
  it.each([
    [0, 'The call lasted an hour.'],
    [23, 'The call lasted an hour.'],
    [30, 'Putin placed it!'],
    [45, 'Did Trump agree?'],
    [text.length, 'Nobody knows.'],
  ])('offset %i', (offset, sentence) => {
    expect(sentenceAt(text, offset)).toBe(sentence);
  });

  it.each([
    ['"U.S." before a lower-case word', 'It was late. U.S. officials said the call was useful. Nobody else did.', 'officials', 'U.S. officials said the call was useful.'],
    ['"U.S." before a capital', 'It was late. The U.S. President spoke first. Putin answered.', 'spoke', 'The U.S. President spoke first.'],
    ['"Mr." before a name', 'The call ended. Mr. Putin placed it, said Mr. Ushakov. Trump agreed.', 'placed', 'Mr. Putin placed it, said Mr. Ushakov.'],
    ['a quote that ends a sentence', 'Trump wrote: "We talked at length." Putin agreed.', 'talked', 'Trump wrote: "We talked at length."'],
    ['curly quotes that end a sentence', 'He said \u201Cwe agree.\u201D Then they left.', 'agree', 'He said \u201Cwe agree.\u201D'],
    ['an ellipsis inside a sentence', 'It was late... but not too late. Then it ended.', 'but', 'It was late... but not too late.'],
    ['a Unicode ellipsis inside a sentence', 'They talked\u2026 and agreed. Then it ended.', 'agreed', 'They talked\u2026 and agreed.'],
  ])('%s', (_case, text, word, sentence) => {
    expect(sentenceAt(text, text.indexOf(word))).toBe(sentence);
  });

  it('gives a citation placed right after a full stop the sentence it follows', () => {
    const text = 'The call lasted an hour. Putin placed it.';
    expect(sentenceAt(text, text.indexOf('.') + 1)).toBe('The call lasted an hour.');
  });

  it('keeps the abbreviations of the text\'s language in its sentence', () => {
    const text = 'Es sprach z. B. Herr Dr. Müller mit Putin. Danach endete es.';
    expect(sentenceAt(text, text.indexOf('Putin'), 'de')).toBe('Es sprach z. B. Herr Dr. Müller mit Putin.');
  });
});

describe('segment', () => {
  it('cuts at every boundary and lists the covering tags', () => {
    expect(segment('abcdefgh', [
      { start: 1, end: 5, tag: 'x' },
      { start: 3, end: 7, tag: 'y' },
    ])).toEqual([
      { text: 'a', tags: [] },
      { text: 'bc', tags: ['x'] },
      { text: 'de', tags: ['x', 'y'] },
      { text: 'fg', tags: ['y'] },
      { text: 'h', tags: [] },
    ]);
  });

  it('returns the whole text when there are no ranges', () => {
    expect(segment('plain', [])).toEqual([{ text: 'plain', tags: [] }]);
  });
});

describe('sentencesAround', () => {
  const text = 'The quay closed. Ferries went to Port Ellen. Crossings took longer.';
  it.each([
    ['a range inside one sentence gives that sentence', text.indexOf('Ferries'), text.indexOf('Port'), 'Ferries went to Port Ellen.'],
    ['a range across two sentences gives both', text.indexOf('closed'), text.indexOf('Ferries') + 7, 'The quay closed. Ferries went to Port Ellen.'],
  ])('%s', (_case, start, end, expected) => {
    expect(sentencesAround(text, start, end)).toBe(expected);
  });
});
