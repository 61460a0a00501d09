/** The files `npm run new` writes: which, and dated the day given. */
import { describe, expect, it } from 'vitest';
import { newDossierFiles } from '../../src/lib/scaffold/new-dossier.ts';

describe('newDossierFiles', () => {
  const files = newDossierFiles('2026-03-02');

  it('holds a briefing, one topic, one article, an empty claims folder and empty timeline, entities and origins', () => {
    expect([...files.keys()]).toEqual(['dossier.md', 'topics/example-topic.md', 'articles/example-report.md', 'claims/', 'timeline.yaml', 'entities.yaml', 'origins.yaml']);
    expect(files.get('claims/')).toBe('');
    for (const list of ['timeline.yaml', 'entities.yaml', 'origins.yaml']) expect(files.get(list)!.trim().split('\n').at(-1), list).toBe('[]');
  });

  it('dates the briefing, the topic and the article the day given', () => {
    expect(files.get('dossier.md')).toContain('updated: "2026-03-02"\ninformation_as_of: "2026-03-02"\n');
    expect(files.get('topics/example-topic.md')).toContain('updated: "2026-03-02"\n');
    expect(files.get('articles/example-report.md')).toContain('published: "2026-03-02"\nadded: "2026-03-02"\n');
  });

  it('cites, from the briefing and the topic, words the article holds', () => {
    const article = files.get('articles/example-report.md')!;
    expect(files.get('dossier.md')).toContain('[@example-report, "The bridge reopened to traffic on Monday"]');
    expect(files.get('topics/example-topic.md')).toContain('[@example-report, "after two weeks of repairs"]');
    expect(article).toContain('\nThe bridge reopened to traffic on Monday after two weeks of repairs.\n');
  });
});
