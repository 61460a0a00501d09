import { describe, expect, it } from 'vitest';
import { SearchableText } from '../../src/lib/citations/match.ts';

const paragraphs = [
  { number: 1, text: 'The one-hour conversation, which took place on Trump\u2019s 79th birthday, revolved around an \u201Curgent need\u201D to halt the war.' },
  { number: 2, text: 'The call lasted about an hour. He felt, as I do, that the Israel-Iran war should end.' },
  { number: 3, text: 'Iran responded with three consecutive missile strikes. The war continued.' },
];
const text = new SearchableText(paragraphs);
const quoted = (quote: string) => {
  const match = text.locate(quote);
  if (match.kind !== 'found') throw new Error(`expected a match, got ${match.kind}`);
  const { paragraph, start, end } = match.passage;
  return { paragraph, words: paragraphs[paragraph - 1]!.text.slice(start, end) };
};

describe('SearchableText.locate: found', () => {
  it.each([
    ['exact copy', 'The call lasted about an hour', 2, 'The call lasted about an hour'],
    ['straight apostrophe for a curly one', "Trump's 79th birthday", 1, 'Trump\u2019s 79th birthday'],
    ['straight quotes for curly ones', 'an "urgent need" to halt', 1, 'an \u201Curgent need\u201D to halt'],
    ['en dash for a hyphen', 'the Israel\u2013Iran war', 2, 'the Israel-Iran war'],
    ['extra spaces and a line break', 'three   consecutive\nmissile strikes', 3, 'three consecutive missile strikes'],
    ['non-breaking space', 'about\u00A0an hour', 2, 'about an hour'],
  ])('%s', (_name, quote, paragraph, words) => {
    expect(quoted(quote)).toEqual({ paragraph, words });
  });
});

describe('SearchableText.locate: not found', () => {
  it.each([
    ['different words', 'The call lasted fifty minutes'],
    ['different case', 'the call lasted about an hour'],
    ['part of a word', 'all lasted'],
    ['across two paragraphs', 'should end. Iran responded'],
  ])('%s', (_name, quote) => {
    expect(text.locate(quote).kind).toBe('not-found');
  });

  it('suggests the closest passage', () => {
    expect(text.locate('The call lasted about two hours')).toEqual({
      kind: 'not-found',
      closest: { paragraph: 2, text: 'The call lasted about an hour.' },
    });
  });

  it('suggests nothing when no passage is close', () => {
    expect(text.locate('completely unrelated sentence here')).toEqual({ kind: 'not-found' });
  });
});

describe('SearchableText.locate: empty and ambiguous', () => {
  it('an empty quote', () => expect(text.locate('  ')).toEqual({ kind: 'empty' }));
  it('a quote found twice', () => expect(text.locate('war')).toEqual({ kind: 'ambiguous', paragraphs: [1, 2, 3] }));
  it('a quote found twice in one paragraph', () => {
    const t = new SearchableText([{ number: 1, text: 'A war, a war.' }]);
    expect(t.locate('war')).toEqual({ kind: 'ambiguous', paragraphs: [1] });
  });
});
