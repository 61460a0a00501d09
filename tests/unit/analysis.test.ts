import { describe, expect, it } from 'vitest';
import { ownOrigins, passageOrigins } from '../../src/lib/analysis/origins.ts';
import { confidenceWarning } from '../../src/lib/analysis/claims.ts';
import { claimStatus, claimSupport, statusesOf } from '../../src/lib/analysis/status.ts';
import { reportedSpeech } from '../../src/lib/analysis/reported-speech.ts';
import { createMentionFinder } from '../../src/lib/analysis/mentions.ts';

describe('ownOrigins', () => {
  const registered = new Set(['kremlin-readout', 'ap-wire']);
  it.each([
    ['no declarations: every article its own reporting', [{ id: 'a', derivedFrom: [] }, { id: 'b', derivedFrom: [] }], { a: 'article:a', b: 'article:b' }],
    ['a wire copy shares its original’s origin', [{ id: 'a', derivedFrom: [] }, { id: 'b', derivedFrom: ['a'] }], { a: 'article:a', b: 'article:a' }],
    ['two articles resting on one registered origin share it, named by it', [{ id: 'a', derivedFrom: ['kremlin-readout'] }, { id: 'b', derivedFrom: ['kremlin-readout'] }, { id: 'c', derivedFrom: [] }], { a: 'origin:kremlin-readout', b: 'origin:kremlin-readout', c: 'article:c' }],
    ['a copy of an article that rests on an origin rests on it too', [{ id: 'b', derivedFrom: ['a'] }, { id: 'a', derivedFrom: ['ap-wire'] }], { a: 'origin:ap-wire', b: 'origin:ap-wire' }],
    ['chains join, whatever the order', [{ id: 'c', derivedFrom: ['b'] }, { id: 'b', derivedFrom: ['a'] }, { id: 'a', derivedFrom: [] }], { a: 'article:a', b: 'article:a', c: 'article:a' }],
    ['a name that is neither an article nor an origin joins nothing', [{ id: 'a', derivedFrom: ['rumour'] }, { id: 'b', derivedFrom: ['rumour'] }], { a: 'article:a', b: 'article:b' }],
  ] as const)('%s', (_name, articles, expected) => {
    expect(Object.fromEntries(ownOrigins(articles, registered))).toEqual(expected);
  });
});

describe('passageOrigins', () => {
  const marks = [
    { passage: { paragraph: 2, start: 10, end: 40 }, origin: 'origin:trump' },
    { passage: { paragraph: 2, start: 50, end: 70 }, origin: 'origin:kremlin' },
  ];
  it.each([
    ['inside a marked passage: its origin', { paragraph: 2, start: 15, end: 20 }, ['origin:trump']],
    ['overlapping one mark at its edge', { paragraph: 2, start: 0, end: 11 }, ['origin:trump']],
    ['spanning two marks: both', { paragraph: 2, start: 30, end: 60 }, ['origin:trump', 'origin:kremlin']],
    ['touching a mark without overlapping it: the article’s own', { paragraph: 2, start: 40, end: 50 }, ['article:a']],
    ['in another paragraph: the article’s own', { paragraph: 3, start: 15, end: 20 }, ['article:a']],
  ] as const)('%s', (_name, passage, expected) => {
    expect(passageOrigins(marks, 'article:a', passage)).toEqual(expected);
  });
});

describe('claimStatus', () => {
  it.each([
    ['one position, two named origins: corroborated', [{ origins: ['origin:a', 'origin:b'] }], undefined, 'corroborated'],
    ['one position relayed from one origin by many reports: single origin', [{ origins: ['origin:trump'] }], undefined, 'single-origin'],
    ['two positions: conflicting', [{ origins: ['a'] }, { origins: ['b'] }], undefined, 'conflicting'],
    ['two positions with a reason they can both hold: compatible', [{ origins: ['a'] }, { origins: ['b'] }], { reason: 'different-scope', note: 'Different periods.' }, 'compatible'],
    ['a source error does not make a conflict', [{ origins: ['origin:a'] }, { origins: ['b'], error: 'Wrong.' }, { origins: ['c'], error: 'Wrong.' }], undefined, 'single-origin'],
    ['every position an error: no status of its own', [{ origins: ['b'], error: 'Wrong.' }], undefined, undefined],
    ['one named origin and two unattributed reports: single origin, never corroborated', [{ origins: ['origin:trump', 'unattributed:x', 'unattributed:y'] }], undefined, 'single-origin'],
    ['three unattributed reports: unattributed, their origin unknown', [{ origins: ['unattributed:x', 'unattributed:y', 'unattributed:z'] }], undefined, 'unattributed'],
    ['two named origins, one a report’s own observation: corroborated', [{ origins: ['origin:trump', 'article:wire'] }], undefined, 'corroborated'],
  ] as const)('%s', (_name, positions, compatible, expected) => {
    expect(claimStatus(positions, compatible)).toBe(expected);
  });

  it('lists source errors apart from the claim’s own status', () => {
    expect(statusesOf({ status: 'single-origin', positions: [{ origins: ['a'] }, { origins: ['b'], error: 'Wrong.' }] })).toEqual(['single-origin', 'source-error']);
    expect(statusesOf({ positions: [{ origins: ['b'], error: 'Wrong.' }] })).toEqual(['source-error']);
    expect(statusesOf({ status: 'conflicting', positions: [{ origins: ['a'] }, { origins: ['b'] }] })).toEqual(['conflicting']);
  });
});

describe('reportedSpeech', () => {
  const at = (paragraph: string, words: string) => {
    const start = paragraph.indexOf(words);
    return reportedSpeech(paragraph, { start, end: start + words.length });
  };
  it.each([
    ['a reporting verb', 'The Israeli military said its air force struck.', 'The Israeli military said its air force', '"said"'],
    ['"according to"', 'Talks were cancelled, according to mediator Oman.', 'according to mediator Oman', '"according to"'],
    ['quotation marks in the words', 'He wrote “Next week, Ukraine” in a post.', 'wrote “Next week', '"wrote"'],
    ['words inside a quotation', 'The post read “Next week, Ukraine” and no more.', 'Next week, Ukraine', 'a quotation'],
    ['words inside straight quotes', 'The post read "Next week, Ukraine" and no more.', 'Next week', 'a quotation'],
    ['words after a closed quotation', 'The post read “Next week” and no more.', 'and no more', undefined],
    ['the outlet’s own words', 'Israel launched a large-scale air offensive.', 'a large-scale air offensive', undefined],
    ['a word that only contains a verb', 'The saidin region was quiet.', 'saidin region', undefined],
  ] as const)('%s', (_name, paragraph, words, expected) => {
    expect(at(paragraph, words)).toBe(expected);
  });

  const inGerman = (paragraph: string, words: string, language = 'de') => {
    const start = paragraph.indexOf(words);
    return reportedSpeech(paragraph, { start, end: start + words.length }, language);
  };
  it.each([
    ['a reporting verb', 'Der Hafenmeister erklärte, der Kai sei marode.', 'Hafenmeister erklärte, der Kai', '"erklärte"'],
    ['"laut"', 'Laut Stadtverwaltung fehlen 4 Millionen Euro.', 'Laut Stadtverwaltung fehlen', '"laut"'],
    ['"zufolge"', 'Dem Gutachten zufolge ist die Mole sicher.', 'Gutachten zufolge ist', '"zufolge"'],
    ['words inside German quotation marks', 'Sie sagte: „Wir bauen nicht“, und ging.', 'Wir bauen nicht', 'a quotation'],
    ['words inside guillemets', 'Auf dem Plakat stand »Hafen für alle« in Rot.', 'Hafen für alle', 'a quotation'],
    ['words after a closed quotation', 'Auf dem Plakat stand „Hafen für alle“ in Rot.', 'in Rot', undefined],
    ['the outlet’s own words', 'Der Rat stimmte mit 21 zu 14 Stimmen für den Umbau.', 'mit 21 zu 14 Stimmen', undefined],
    ['a word that only contains a verb', 'Die Absagten wurden gezählt.', 'Absagten wurden', undefined],
  ] as const)('in German: %s', (_name, paragraph, words, expected) => {
    expect(inGerman(paragraph, words)).toBe(expected);
  });

  it('finds none in a language without a list of reporting words, and takes a regional tag as its language', () => {
    expect(inGerman('Le maire a dit « non ».', 'a dit', 'fr')).toBeUndefined();
    expect(inGerman('Der Bürgermeister sagte nein.', 'Bürgermeister sagte', 'de-AT')).toBe('"sagte"');
  });
});

describe('confidenceWarning', () => {
  it.each([
    ['high', 2, undefined],
    ['high', 1, 'High confidence rests on one independent named origin; it needs at least 2. Unattributed reports name no origin.'],
    ['moderate', 1, undefined],
    ['moderate', 0, 'Moderate confidence rests on no named origin; it needs at least 1. Unattributed reports name no origin.'],
    ['low', 0, undefined],
  ] as const)('%s confidence on %i origins', (confidence, origins, expected) => {
    expect(confidenceWarning(confidence, origins)).toBe(expected);
  });
});

describe('mention finder', () => {
  const find = createMentionFinder([
    { slug: 'vladimir-putin', aliases: ['Vladimir Putin', 'Putin'] },
    { slug: 'iran', aliases: ['Iran'] },
    { slug: 'yuri-ushakov', aliases: ['Ushakov'] },
  ]);
  it.each([
    ['the longest alias wins', 'Vladimir Putin said', [['vladimir-putin', 'Vladimir Putin']]],
    ['word boundaries', 'Iranian forces; Iran’s response; Tehran, Iran.', [['iran', 'Iran'], ['iran', 'Iran']]],
    ['case-sensitive', 'putin and PUTIN', []],
    ['several entities', 'Putin told Ushakov about Iran', [['vladimir-putin', 'Putin'], ['yuri-ushakov', 'Ushakov'], ['iran', 'Iran']]],
  ] as const)('%s', (_name, text, expected) => {
    expect(find(text).map((m) => [m.slug, m.alias])).toEqual(expected);
  });
});

describe('claimSupport: what a judgment resting on a claim can count', () => {
  it.each([
    ['one position on two named origins and an unattributed report', [{ origins: ['origin:a', 'origin:b', 'unattributed:x'] }], 2],
    ['one position on unattributed reports only', [{ origins: ['unattributed:x', 'unattributed:y'] }], 0],
    ['two positions, each on its own origin: the weakest, not the pooled count', [{ origins: ['origin:a', 'origin:c'] }, { origins: ['origin:b'] }], 1],
    ['a source error does not count', [{ origins: ['origin:a', 'origin:b'] }, { origins: [], error: 'wrong' }, { origins: ['origin:c'], error: 'wrong' }], 2],
    ['no standing position', [{ origins: ['origin:a'], error: 'wrong' }], 0],
  ])('%s: %i', (_case, positions, expected) => {
    expect(claimSupport(positions)).toBe(expected);
  });
});
