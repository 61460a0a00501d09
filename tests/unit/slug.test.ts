import { describe, expect, it } from 'vitest';
import { slug, slugDropsWords } from '../../src/lib/text/slug.ts';
import { buildEntities } from '../../src/lib/dossier/entities.ts';

describe('slug: one transliterating slug for every script slugify knows', () => {
  it.each([
    ['English', 'Yuri Ushakov', 'yuri-ushakov'],
    ['Cyrillic (Russian)', 'Сергей Лавров', 'sergey-lavrov'],
    ['Cyrillic (Ukrainian)', 'Володимир Зеленський', 'volodimir-zelenskiy'],
    ['Latin diacritics (Polish)', 'Łódź', 'lodz'],
    ['Latin diacritics (Vietnamese)', 'Nguyễn Phú Trọng', 'nguyen-phu-trong'],
    ['Latin diacritics (French)', 'Élysée à Paris', 'elysee-a-paris'],
    ['Greek', 'Κυριάκος Μητσοτάκης', 'kyriakos-mitsotakis'],
    ['a ligature', 'ﬁnance', 'finance'],
    ['an apostrophe', 'Putin’s call', 'putins-call'],
    ['capitals inside a word', 'iPhone and McDonald', 'iphone-and-mcdonald'],
    ['punctuation and spaces', '  “Fifty minutes” — or an hour?  ', 'fifty-minutes-or-an-hour'],
    ['Chinese (no transliteration)', '习近平', ''],
    ['Japanese (no transliteration)', '東京の天気', ''],
    ['Korean (no transliteration)', '서울', ''],
  ])('%s: %s → "%s"', (_script, text, expected) => {
    expect(slug(text)).toBe(expected);
  });

  it.each([
    ['Сергей Лавров прокомментировал звонок', false],
    ['Объявление о подъезде', false],
    ['Ελληνική Δημοκρατία', false],
    ['Łódź', false],
    ['特朗普与普京通话', true],
    ['iPhone 中国发布', true],
    ['東京の天気', true],
    ['שלום עולם', true],
  ])('"%s" loses words: %s', (text, drops) => {
    expect(slugDropsWords(text)).toBe(drops);
  });
});

describe('entity pages are named by the same slug', () => {
  it('a Russian name gets a transliterated page slug; two names with one slug are refused', () => {
    const diagnostics: Parameters<typeof buildEntities>[2] = [];
    const entities = buildEntities(
      {
        file: 'content/entities.yaml',
        items: [
          { name: 'Сергей Лавров', kind: 'person', aliases: [] },
          { name: 'Łódź', kind: 'place', aliases: [] },
          { name: 'Lodz', kind: 'place', aliases: [] },
        ],
      },
      [],
      diagnostics,
    );
    expect(entities.map((e) => e.slug)).toEqual(['sergey-lavrov', 'lodz', 'lodz']);
    expect(diagnostics.map((d) => d.message)).toEqual(['"Lodz" has the same page slug "lodz" as entity 2.']);
  });
});
