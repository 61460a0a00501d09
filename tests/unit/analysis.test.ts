import { describe, expect, it } from 'vitest';
import { independentOrigins } from '../../src/lib/analysis/origins.ts';
import { analyzeClaim, confidenceWarning } from '../../src/lib/analysis/claims.ts';
import { createMentionFinder } from '../../src/lib/analysis/mentions.ts';

describe('independentOrigins', () => {
  it.each([
    ['no declarations: every article its own origin', [{ id: 'a', derivedFrom: [] }, { id: 'b', derivedFrom: [] }], { a: 'article:a', b: 'article:b' }],
    ['a republished copy shares its original\'s origin', [{ id: 'a', derivedFrom: [] }, { id: 'b', derivedFrom: ['a'] }], { a: 'article:a', b: 'article:a' }],
    ['two articles resting on one statement share it', [{ id: 'a', derivedFrom: ['Kremlin readout'] }, { id: 'b', derivedFrom: ['Kremlin readout'] }, { id: 'c', derivedFrom: [] }], { a: 'article:a', b: 'article:a', c: 'article:c' }],
    ['chains join', [{ id: 'c', derivedFrom: ['b'] }, { id: 'b', derivedFrom: ['a'] }, { id: 'a', derivedFrom: [] }], { a: 'article:a', b: 'article:a', c: 'article:a' }],
  ] as const)('%s', (_name, articles, expected) => {
    expect(Object.fromEntries(independentOrigins(articles))).toEqual(expected);
  });
});

describe('analyzeClaim', () => {
  const all = ['a', 'b', 'c', 'd'];
  const own = (id: string) => id;
  it.each([
    [
      'two supported positions: disputed, the rest silent',
      [{ position: 'an hour', supporters: ['a', 'b'] }, { position: 'fifty minutes', supporters: ['c'] }],
      own,
      { positions: [{ position: 'an hour', supporters: ['a', 'b'], corroboration: 2 }, { position: 'fifty minutes', supporters: ['c'], corroboration: 1 }], silent: ['d'], disputed: true },
    ],
    [
      'one position: not disputed',
      [{ position: 'Putin called', supporters: ['a', 'b', 'c'] }],
      own,
      { positions: [{ position: 'Putin called', supporters: ['a', 'b', 'c'], corroboration: 3 }], silent: ['d'], disputed: false },
    ],
    [
      'copies are not corroboration',
      [{ position: 'an hour', supporters: ['a', 'b'] }],
      (id: string) => (id === 'b' ? 'a' : id),
      { positions: [{ position: 'an hour', supporters: ['a', 'b'], corroboration: 1 }], silent: ['c', 'd'], disputed: false },
    ],
    [
      'a source cited twice counts once',
      [{ position: 'x', supporters: ['a', 'a'] }],
      own,
      { positions: [{ position: 'x', supporters: ['a'], corroboration: 1 }], silent: ['b', 'c', 'd'], disputed: false },
    ],
    [
      'a position without support does not make a dispute',
      [{ position: 'x', supporters: ['a'] }, { position: 'y', supporters: [] }],
      own,
      { positions: [{ position: 'x', supporters: ['a'], corroboration: 1 }, { position: 'y', supporters: [], corroboration: 0 }], silent: ['b', 'c', 'd'], disputed: false },
    ],
  ])('%s', (_name, positions, originOf, expected) => {
    expect(analyzeClaim(positions, all, originOf)).toEqual(expected);
  });
});

describe('confidenceWarning', () => {
  it.each([
    ['high', 2, undefined],
    ['high', 1, 'High confidence rests on one independent origin; it needs at least 2.'],
    ['moderate', 1, undefined],
    ['moderate', 0, 'Moderate confidence rests on 0 independent origins; it needs at least 1.'],
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
