import { describe, expect, it } from 'vitest';
import { editDistance, searchVocabulary, suggestedSearch } from '../../src/lib/search/suggestion.ts';

const vocabulary = searchVocabulary({
  entities: [
    { name: 'Yuri Ushakov', aliases: ['Yuri Ushakov', 'Ushakov'] },
    { name: 'Vladimir Putin', aliases: ['Vladimir Putin', 'Putin', 'Путин'] },
    { name: 'Oman', aliases: ['Oman'] },
  ],
  topics: [{ title: 'Ukraine and the prisoner swaps' }],
  articles: [{ title: 'Putin and Trump discuss Iran in a fifty-minute call' }],
});

describe('searchVocabulary', () => {
  it('holds each word of the names and titles once, in the order met, short words left out', () => {
    expect(vocabulary).toEqual(['Yuri', 'Ushakov', 'Vladimir', 'Putin', 'Путин', 'Oman', 'Ukraine', 'prisoner', 'swaps', 'Trump', 'discuss', 'Iran', 'fifty-minute', 'call']);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours, stopping past the limit', () => {
    expect(editDistance('ushakv', 'ushakov', 2)).toBe(1);
    expect(editDistance('omna', 'oman', 2)).toBe(1);
    expect(editDistance('putn', 'putin', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});

describe('suggestedSearch', () => {
  it('corrects a misspelt name to the vocabulary’s spelling, keeping the other words as typed', () => {
    expect(suggestedSearch('Ushakv', vocabulary)).toBe('Ushakov');
    expect(suggestedSearch('what Ushakv said', vocabulary)).toBe('what Ushakov said');
    expect(suggestedSearch('Путн', vocabulary)).toBe('Путин');
    expect(suggestedSearch('prisonr swaps', vocabulary)).toBe('prisoner swaps');
    expect(suggestedSearch('Iram', vocabulary)).toBe('Iran');
  });

  it('suggests nothing for words it knows, words the results matched, longer forms, or short words', () => {
    expect(suggestedSearch('Ushakov', vocabulary)).toBeUndefined();
    expect(suggestedSearch('ushakov', vocabulary)).toBeUndefined();
    expect(suggestedSearch('Omani', vocabulary), 'search finds the longer form itself').toBeUndefined();
    expect(suggestedSearch('Trumo', vocabulary, new Set(['trumo'])), 'matched on a page as typed').toBeUndefined();
    expect(suggestedSearch('Irn', vocabulary), 'too short to correct').toBeUndefined();
    expect(suggestedSearch('xylophone', vocabulary)).toBeUndefined();
  });
});
