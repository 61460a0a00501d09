/** The index of entities and each entity's page of mentions. */
import { describe, expect, it } from 'vitest';
import { documentKindLabel, entitiesByKind, entityKindLabel, mentionPlaceHtml, sourceCoverage } from '../../src/lib/view/entity-pages.ts';
import { uiFor } from '../../src/lib/i18n/ui.ts';

const english = uiFor('en');
import type { Entity } from '../../src/lib/dossier/entities.ts';

const entity = (name: string, kind: Entity['kind'], mentions: number): Entity => ({
  slug: name.toLowerCase(),
  name,
  kind,
  aliases: [name],
  mentionCount: mentions,
  pages: ['source/a'],
  documents: [],
});

describe('entitiesByKind', () => {
  it('gives people, organisations and places in that order, leaving out kinds with none, most mentioned first, then by name', () => {
    const sections = entitiesByKind(english, [entity('Tehran', 'place', 1), entity('Putin', 'person', 2), entity('Biden', 'person', 1), entity('Trump', 'person', 2)]);
    expect(sections.map((s) => [s.title, s.entities.map((e) => e.name)])).toEqual([
      ['People', ['Putin', 'Trump', 'Biden']],
      ['Places', ['Tehran']],
    ]);
  });

  it('labels each kind in the singular for its pages', () => {
    expect((['person', 'organisation', 'place'] as const).map((kind) => entityKindLabel(english, kind))).toEqual(['Person', 'Organisation', 'Place']);
  });
});

describe('mentionPlaceHtml', () => {
  it.each([
    ['/sources/a/#p-4', '<span aria-hidden="true">¶</span><span class="visually-hidden">paragraph </span>4'],
    ['/topics/the-call/#para-2', '<span aria-hidden="true">¶</span><span class="visually-hidden">paragraph </span>2'],
    ['/topics/the-call/#judgment-spoke', 'Key judgment'],
    ['/topics/the-call/#what-is-known', 'what-is-known'],
    ['/topics/the-call/', undefined],
  ])('%s → %s', (url, html) => {
    expect(mentionPlaceHtml(english, url)).toBe(html);
  });
});

describe('documentKindLabel', () => {
  it.each([
    ['source', 'Source'],
    ['topic', 'Topic'],
    ['briefing', 'Briefing'],
  ] as const)('%s → %s', (kind, label) => {
    expect(documentKindLabel(english, kind)).toBe(label);
  });
});

describe('sourceCoverage', () => {
  it('counts the sources that mention the entity and those its page lists', () => {
    const document = (kind: 'source' | 'topic', id: string) => ({ kind, id, title: id, url: `/${id}/`, mentions: [], mentionCount: 1 });
    const covered = sourceCoverage({ pages: ['topic/t', 'source/a', 'source/b', 'source/c'], documents: [document('topic', 't'), document('source', 'a')] });
    expect(covered).toEqual({ mentioning: 3, listed: 1 });
  });
});
