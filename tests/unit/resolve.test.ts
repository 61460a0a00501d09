import { describe, expect, it } from 'vitest';
import { resolveCitation } from '../../src/lib/citations/resolve.ts';
import { fiftyMinuteCall } from '../support/citable-article.ts';

const article = fiftyMinuteCall;
const corpus = new Map([[article.id, article]]);

describe('resolveCitation', () => {
  it('resolves a quote', () => {
    expect(resolveCitation(corpus, article.id, { kind: 'quote', quote: 'fifty minutes' })).toMatchObject({
      ok: true,
      passage: { paragraph: 1, start: 16, end: 29 },
    });
  });

  it('resolves a paragraph number to the whole paragraph', () => {
    expect(resolveCitation(corpus, article.id, { kind: 'paragraph', number: 2 })).toMatchObject({
      ok: true,
      passage: { paragraph: 2, start: 0, end: 51 },
    });
  });

  it.each([
    ['an unknown id, with a suggestion', '2025-06-14-fifty-minutes-call', { kind: 'quote', quote: 'x' }, 'Unknown source "@2025-06-14-fifty-minutes-call": no article has this id. Did you mean "@2025-06-14-fifty-minute-call"?'],
    ['an unknown id, nothing close', 'zzz', { kind: 'quote', quote: 'x' }, 'Unknown source "@zzz": no article has this id.'],
    ['a paragraph out of range', article.id, { kind: 'paragraph', number: 3 }, '"2025-06-14-fifty-minute-call" has no ¶3: its paragraphs are numbered 1 to 2.'],
    ['an empty quote', article.id, { kind: 'quote', quote: '' }, 'The quote from "2025-06-14-fifty-minute-call" is empty: quote the exact words of the passage.'],
    ['a quote that is not there', article.id, { kind: 'quote', quote: 'The call lasted an hour' }, 'The quote "The call lasted an hour" is not in "2025-06-14-fifty-minute-call". The closest passage is ¶1: "The call lasted fifty minutes.".'],
    ['an ambiguous quote', article.id, { kind: 'quote', quote: 'The call' }, 'The quote "The call" occurs more than once in "2025-06-14-fifty-minute-call" (¶1): quote more words so that it is unique.'],
  ] as const)('%s', (_name, id, locator, message) => {
    expect(resolveCitation(corpus, id, locator)).toEqual({ ok: false, message });
  });
});
