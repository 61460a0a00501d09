/** Echo detection (src/lib/analysis/echo.ts): passages of different reports that may share an origin. */
import { describe, expect, it } from 'vitest';
import { findEchoes, type EchoPassage } from '../../src/lib/analysis/echo.ts';

const passage = (articleId: string, text: string, origins: string[] = [`unattributed:${articleId}`], independent = false): EchoPassage<string> => ({
  articleId,
  text,
  origins,
  independent,
  place: articleId,
  language: 'en',
});

const pairs = (passages: EchoPassage<string>[]) => findEchoes(passages).map(({ a, b, run }) => [a.place, b.place, run]);

describe('findEchoes', () => {
  it('flags a paraphrase that shares a run of five words with an attributed passage', () => {
    expect(
      pairs([
        passage('gazette', 'The transport minister said the bridge will reopen to traffic in early May.', ['origin:minister']),
        passage('courier', 'The bridge will reopen to cars in early May, when the repairs are done.'),
      ]),
    ).toEqual([['gazette', 'courier', 'the bridge will reopen to']]);
  });

  it('flags a run with one word changed inside it, the trace a paraphrase leaves', () => {
    expect(
      pairs([
        passage('hopes', 'Putin expressed serious concern about the escalation, which will have unpredictable consequences for the entire situation in the Middle East.', ['origin:kremlin']),
        passage('fifty', 'He warned that the strikes could spark a wider conflict with unpredictable fallout for the entire region.'),
      ]),
    ).toEqual([['hopes', 'fifty', 'unpredictable … for the entire']]);
  });

  it('does not flag independent wording of the same fact', () => {
    expect(
      pairs([
        passage('gazette', 'The transport minister said the bridge will reopen to traffic in early May.', ['origin:minister']),
        passage('herald', 'Drivers can expect to cross the river again at the start of May, a month after the span was shut.'),
      ]),
    ).toEqual([]);
  });

  it('does not flag a run of short words only', () => {
    expect(pairs([passage('a', 'It was the end of the war in the north.'), passage('b', 'Nobody saw the end of the war in the south.')])).toEqual([]);
  });

  it('leaves alone passages known to share an origin, of one report, of a report and its copy, or held independent', () => {
    const text = 'The bridge will reopen to traffic in early May.';
    expect(pairs([passage('a', text, ['origin:minister']), passage('b', text, ['origin:minister'])])).toEqual([]);
    expect(pairs([passage('a', text), passage('a', `Again: ${text}`)])).toEqual([]);
    expect(pairs([passage('wire', text, ['article:wire']), passage('copy', text, ['unattributed:wire'])])).toEqual([]);
    expect(pairs([passage('a', text, ['origin:minister']), passage('b', text, ['unattributed:b'], true)])).toEqual([]);
  });

  it('flags two different named origins in the same words: one of them may be mis-attributed', () => {
    const text = 'The bridge will reopen to traffic in early May.';
    expect(pairs([passage('a', text, ['origin:minister']), passage('b', text, ['origin:council'])])).toHaveLength(1);
  });
});
