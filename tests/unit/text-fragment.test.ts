/** Text-fragment links to the cited words in the original article (WICG Scroll-to-Text-Fragment). */
import { describe, expect, it } from 'vitest';
import { encodeTextDirectiveTerm, passageTextDirective, textDirectiveString, withTextFragment, type TextDirective } from '../../src/lib/text/text-fragment.ts';

describe('textDirectiveString, against the spec’s examples', () => {
  it.each<[TextDirective, string]>([
    [{ start: 'an example text fragment' }, 'text=an%20example%20text%20fragment'],
    [{ start: 'an example', end: 'text fragment' }, 'text=an%20example,text%20fragment'],
    [{ prefix: 'this is', start: 'an example', suffix: 'text fragment' }, 'text=this%20is-,an%20example,-text%20fragment'],
    [{ prefix: 'this is', start: 'an', end: 'example', suffix: 'text fragment' }, 'text=this%20is-,an,example,-text%20fragment'],
  ])('%o is %s', (directive, expected) => {
    expect(textDirectiveString(directive)).toBe(expected);
  });
});

describe('encodeTextDirectiveTerm', () => {
  it.each([
    ['Israel-Iran', 'Israel%2DIran'],
    ['Ukraine, prisoners', 'Ukraine%2C%20prisoners'],
    ['Trump & Putin', 'Trump%20%26%20Putin'],
    ['“act forcefully”', '%E2%80%9Cact%20forcefully%E2%80%9D'],
  ])('encodes %s as %s', (term, expected) => {
    expect(encodeTextDirectiveTerm(term)).toBe(expected);
  });
});

describe('withTextFragment', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a#:~:text=an%20example'],
    ['https://example.com/a#top', 'https://example.com/a#top:~:text=an%20example'],
  ])('links %s to the words', (url, expected) => {
    expect(withTextFragment(url, { start: 'an example' })).toBe(expected);
  });
});

describe('passageTextDirective', () => {
  const paragraphs = [
    'Putin called Trump on Saturday. The call lasted an hour, Trump said.',
    'Trump said the war should end. He feels, as do I, this war in Israel-Iran should end.',
    'Officially, the call was cordial, the Kremlin said. Nothing was agreed, the Kremlin said.',
    'An aide said talks went well and an aide said talks went well.',
    'Then he said no. Later he said no.',
  ];
  const passageOf = (paragraph: number, words: string, from = 0) => {
    const start = paragraphs[paragraph - 1]!.indexOf(words, from);
    return { paragraph, start, end: start + words.length };
  };

  it('uses the words alone where they occur once in the article', () => {
    expect(passageTextDirective(paragraphs, passageOf(1, 'lasted an hour'))).toEqual({ start: 'lasted an hour' });
  });

  it('adds a prefix or suffix where the words occur elsewhere in the article, ignoring case', () => {
    // "The call" of ¶1 is "the call" of ¶3 to a browser.
    expect(passageTextDirective(paragraphs, passageOf(1, 'The call'))).toEqual({ prefix: 'Saturday.', start: 'The call' });
    expect(passageTextDirective(paragraphs, passageOf(3, 'the call'))).toEqual({ prefix: 'Officially,', start: 'the call' });
  });

  it('uses a suffix at the start of a paragraph, where there is no prefix', () => {
    expect(passageTextDirective(paragraphs, passageOf(2, 'Trump said'))).toEqual({ start: 'Trump said', suffix: 'the' });
  });

  it('takes more words of context until the words are unique', () => {
    const second = paragraphs[4]!.lastIndexOf('said no');
    expect(passageTextDirective(paragraphs, { paragraph: 5, start: second, end: second + 'said no'.length })).toEqual({ prefix: 'Later he', start: 'said no' });
  });

  it('uses a prefix at the end of a paragraph, where there is no suffix', () => {
    const trumpSaid = passageOf(1, 'Trump said.');
    expect(passageTextDirective(paragraphs, { ...trumpSaid, end: trumpSaid.end - 1 })).toEqual({ prefix: 'hour,', start: 'Trump said' });
  });

  it('links a long quote by its first and last words', () => {
    expect(passageTextDirective(paragraphs, { paragraph: 2, start: 0, end: paragraphs[1]!.length })).toEqual({
      start: 'Trump said the war',
      end: 'in Israel-Iran should end.',
    });
  });

  it('quotes a long passage in full where its first words are not unique', () => {
    const words = 'An aide said talks went well and an aide said talks went well.';
    expect(passageTextDirective(paragraphs, passageOf(4, words))).toEqual({ start: words });
  });
});
