/** The article file `npm run add` writes: frontmatter fields in a fixed order, defaults left out. */
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { serializeArticle } from '../../src/lib/importing/serialize-article.ts';
import { parse as parseYaml } from 'yaml';

const keysOf = (file: string) => [...file.matchAll(/^([a-z_]+):/gmu)].map((m) => m[1]);

describe('serializeArticle', () => {
  it('writes the archive copy after the URL and a supplied title’s flag after the title', () => {
    const data = ArticleSchema.parse({
      archived: 'https://web.archive.org/web/2025/https://example.org/call',
      url: 'https://example.org/call',
      published: '2025-06',
      outlet: 'Unknown',
      title_supplied: true,
      title: 'Putin’s birthday call',
    });
    expect(keysOf(serializeArticle(data, 'Text.\n'))).toEqual(['title', 'title_supplied', 'outlet', 'published', 'url', 'archived', 'language']);
  });

  it('leaves out title_supplied while it is false', () => {
    const data = ArticleSchema.parse({ title: 'Fifty-minute call', title_supplied: false, outlet: 'Unknown', published: '2025-06' });
    expect(keysOf(serializeArticle(data, 'Text.\n'))).toEqual(['title', 'outlet', 'published', 'language']);
  });

  it('keeps every field the schema has, derived_from and attributions included, in order', () => {
    const data = ArticleSchema.parse({
      title: 'A wire copy',
      outlet: 'Herald',
      published: '2026-02-02',
      imported_from: 'feed.xml',
      derived_from: ['2026-02-01-wire-harbour'],
      notes: [{ quote: 'closes', kind: 'context', note: 'x' }],
      attributions: [{ quote: 'the harbour authority said', origin: 'harbour-authority' }],
    });
    const file = serializeArticle(data, 'Text.\n');
    expect(keysOf(file)).toEqual(['title', 'outlet', 'published', 'language', 'imported_from', 'derived_from', 'notes', 'attributions']);
    expect(ArticleSchema.parse(parseYaml(file.split('---\n')[1]!))).toEqual(data);
  });
});
