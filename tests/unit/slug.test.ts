import { describe, expect, it } from 'vitest';
import { slug, slugDropsWords } from '../../src/lib/text/slug.ts';
import { makeId } from '../../src/lib/importing/article-id.ts';
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

describe('makeId: the id npm run add gives an article', () => {
  it.each([
    ['an English title', { published: '2025-06-14', title: 'Trump and Putin discuss Iran', outlet: 'Reuters' }, '2025-06-14-trump-and-putin-discuss-iran'],
    ['a Russian title', { published: '2025-06-14', title: 'Сергей Лавров прокомментировал звонок', outlet: 'ТАСС' }, '2025-06-14-sergey-lavrov-prokommentiroval-zvonok'],
    ['a Polish title', { published: '2024-03', title: 'Łódź wybiera prezydenta', outlet: 'Gazeta' }, '2024-03-lodz-wybiera-prezydenta'],
    ['a Greek title', { published: '2025', title: 'Η Αθήνα υποδέχεται τον Πούτιν', outlet: 'Kathimerini' }, '2025-i-athina-ypodexetai-ton-poytin'],
    ['a long title, cut to eight words', { published: 'unknown', title: 'One two three four five six seven eight nine ten', outlet: 'O' }, 'undated-one-two-three-four-five-six-seven-eight'],
  ])('%s', (_name, fields, id) => {
    expect(makeId(fields)).toEqual({ id, basis: 'title' });
  });

  const chinese = { published: '2025-06-14', title: '特朗普与普京通话近一小时', outlet: 'Xinhua' };
  it.each([
    ['the outlet', chinese, /^2025-06-14-xinhua-[0-9a-f]{6}$/u],
    ['the web site when the outlet is unknown', { ...chinese, outlet: 'Unknown', url: 'https://www.news.cn/world/2025-06/14/c_1.htm' }, /^2025-06-14-news-cn-[0-9a-f]{6}$/u],
    ['the web site when the outlet has no Latin spelling', { ...chinese, outlet: '新华社', url: 'https://news.cn/a' }, /^2025-06-14-news-cn-[0-9a-f]{6}$/u],
    ['only date and hash when nothing has a Latin spelling', { ...chinese, outlet: '新华社' }, /^2025-06-14-[0-9a-f]{6}$/u],
    ['the Latin words of a mixed title', { ...chinese, title: 'iPhone 17 在中国发布' }, /^2025-06-14-iphone-17-xinhua-[0-9a-f]{6}$/u],
    ['"undated" for an unknown date', { ...chinese, published: 'unknown' }, /^undated-xinhua-[0-9a-f]{6}$/u],
  ])('a Chinese title: date, %s and a hash of the title', (_name, fields, pattern) => {
    const made = makeId(fields);
    expect(made.basis).toBe('source-and-hash');
    expect(made.id).toMatch(pattern);
  });

  it('a Chinese title: the same title always gives the same id, another title another one', () => {
    expect(makeId(chinese).id).toBe(makeId({ ...chinese }).id);
    expect(makeId({ ...chinese, title: '普京祝贺特朗普生日' }).id).not.toBe(makeId(chinese).id);
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
