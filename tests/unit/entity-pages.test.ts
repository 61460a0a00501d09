/** The index of entities and each entity's page of mentions. */
import { describe, expect, it } from 'vitest';
import { entitiesByKind, entityKindLabel, mentionExcerpt, mentioningDocuments, mentionPlaceLabel } from '../../src/lib/view/entity-pages.ts';
import type { Entity, EntityMention } from '../../src/lib/dossier/entities.ts';
import { createUrls } from '../../src/lib/urls.ts';

const mention = (kind: EntityMention['kind'], id: string, url: string): EntityMention => ({ kind, id, title: `Title of ${id}`, url, text: 'Ushakov said so.', start: 0, end: 7 });
const entity = (name: string, kind: Entity['kind'], mentions: number): Entity => ({
  slug: name.toLowerCase(),
  name,
  kind,
  aliases: [name],
  mentions: Array.from({ length: mentions }, () => mention('source', 'a', '/sources/a/#p-1')),
});

describe('entitiesByKind', () => {
  it('gives people, organisations and places in that order, leaving out kinds with none, most mentioned first, then by name', () => {
    const sections = entitiesByKind([entity('Tehran', 'place', 1), entity('Putin', 'person', 2), entity('Biden', 'person', 1), entity('Trump', 'person', 2)]);
    expect(sections.map((s) => [s.title, s.entities.map((e) => e.name)])).toEqual([
      ['People', ['Putin', 'Trump', 'Biden']],
      ['Places', ['Tehran']],
    ]);
  });

  it('labels each kind in the singular for its pages', () => {
    expect((['person', 'organisation', 'place'] as const).map(entityKindLabel)).toEqual(['Person', 'Organisation', 'Place']);
  });
});

describe('mentionExcerpt', () => {
  const text = `${'a'.repeat(100)}NAME${'b'.repeat(100)}`;
  it.each([
    ['keeps 90 characters each side, with an ellipsis where the passage goes on', text, 100, 104, `…${'a'.repeat(90)}`, `${'b'.repeat(90)}…`],
    ['shows a short passage whole', 'Said NAME today.', 5, 9, 'Said ', ' today.'],
  ])('%s', (_case, passage, start, end, before, after) => {
    expect(mentionExcerpt(passage, start, end)).toEqual({ before, words: 'NAME', after });
  });
});

describe('mentionPlaceLabel', () => {
  it.each([
    ['/sources/a/#p-4', '¶4'],
    ['/topics/the-call/#para-2', 'Paragraph 2'],
    ['/topics/the-call/', undefined],
  ])('%s → %s', (url, label) => {
    expect(mentionPlaceLabel(url)).toBe(label);
  });
});

describe('mentioningDocuments', () => {
  it('groups the mentions by page in the order of first mention, each linking to its page', () => {
    const mentions = [
      mention('source', 'a', '/june/sources/a/#p-1'),
      mention('topic', 'the-call', '/june/topics/the-call/#para-2'),
      mention('source', 'a', '/june/sources/a/#p-3'),
      mention('briefing', 'briefing', '/june/#para-1'),
    ];
    const documents = mentioningDocuments({ mentions }, createUrls('/june/'));
    expect(documents.map(({ key, kindLabel, title, href, mentions: m }) => [key, kindLabel, title, href, m.map((x) => mentionPlaceLabel(x.url))])).toEqual([
      ['source-a', 'Source', 'Title of a', '/june/sources/a/', ['¶1', '¶3']],
      ['topic-the-call', 'Topic', 'Title of the-call', '/june/topics/the-call/', ['Paragraph 2']],
      ['briefing-briefing', 'Briefing', 'Title of briefing', '/june/', ['Paragraph 1']],
    ]);
  });
});
