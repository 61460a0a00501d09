import { describe, expect, it } from 'vitest';
import { LIKELIHOOD_SCALE, offScaleLikelihoodMessage, offScaleLikelihoodWords } from '../../src/lib/analysis/estimative-language.ts';

describe('offScaleLikelihoodWords', () => {
  it.each([
    ['each hedge of the list', 'possible possibly could might may perhaps maybe', [['possible', 0], ['possibly', 9], ['could', 18], ['might', 24], ['may', 30], ['perhaps', 34], ['maybe', 42]]],
    ['any case, as written', 'It is POSSIBLE. Perhaps not. Could be.', [['POSSIBLE', 6], ['Perhaps', 16], ['Could', 29]]],
    ['whole words only', 'An impossible, mighty, maybelline, couldron gap.', []],
    ['contractions of a hedge', 'They couldn’t agree, or might’ve; mightn\'t.', [['couldn’t', 5], ['might’ve', 24], ['mightn\'t', 34]]],
    ['the scale’s own terms', 'Likely, very likely, unlikely, probable, probably, improbably, remote, almost certainly, roughly even odds.', []],
    ['"May" with a capital is the month', 'Talks resumed in May and on 3 May 2025; May saw fighting.', []],
    ['"may" in lower case is the modal', 'Talks may resume in May.', [['may', 6]]],
    ['offsets after characters outside the BMP count UTF-16 units', '𝐈 could', [['could', 3]]],
    ['no hedge', 'Putin placed the call.', []],
  ] as const)('%s', (_name, text, expected) => {
    expect(offScaleLikelihoodWords(text).map(({ word, offset }) => [word, offset])).toEqual(expected);
    for (const { word, offset } of offScaleLikelihoodWords(text)) expect(text.slice(offset, offset + word.length)).toBe(word);
  });
});

describe('offScaleLikelihoodWords in other languages', () => {
  it('finds none in a language it has no hedges for, rather than English words in it', () => {
    expect(offScaleLikelihoodWords('Die Stadt could may baut vielleicht.', 'de')).toEqual([]);
    expect(offScaleLikelihoodWords('It could happen.', 'en-GB').map((w) => w.word)).toEqual(['could']);
  });
});

describe('LIKELIHOOD_SCALE', () => {
  it('has ICD 203’s seven bands, least likely first, with no gaps', () => {
    expect(LIKELIHOOD_SCALE.map((band) => band.term)).toEqual(['almost no chance', 'very unlikely', 'unlikely', 'roughly even chance', 'likely', 'very likely', 'almost certain(ly)']);
    LIKELIHOOD_SCALE.slice(1).forEach((band, i) => expect(band.percent[0]).toBe(LIKELIHOOD_SCALE[i]!.percent[1]));
  });

  it('counts none of its own terms as off the scale', () => {
    const terms = LIKELIHOOD_SCALE.flatMap((band) => [band.term, band.synonym]).join('; ');
    expect(offScaleLikelihoodWords(terms)).toEqual([]);
  });
});

describe('offScaleLikelihoodMessage', () => {
  it('names the word and suggests the scale', () => {
    expect(offScaleLikelihoodMessage('possible')).toBe(
      'Key judgment uses "possible", which is not on the ICD 203 likelihood scale: say how likely (almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain).',
    );
  });
});
