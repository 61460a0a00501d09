/** One engine, many dossiers: a fixture dossier on another subject builds with the same code. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readPage, htmlFiles } from '../support/html.ts';

const dist = inject('harbourDist');

describe('a second dossier from tests/fixtures/dossiers/harbour', () => {
  it('has its own pages and nothing of the seed dossier', () => {
    expect(htmlFiles(dist).sort()).toEqual([
      'claims/index.html',
      'entities/index.html',
      'index.html',
      'print/briefing/index.html',
      'print/index.html',
      'print/topics/closure/index.html',
      'search/index.html',
      'sources/2026-01-10-harbour-closed/index.html',
      'sources/2026-01-12-harbour-reopens/index.html',
      'sources/index.html',
      'timeline/index.html',
      'topics/closure/index.html',
    ]);
    for (const file of htmlFiles(dist)) expect(readFileSync(path.join(dist, file), 'utf8')).not.toMatch(/Trump|Putin/u);
  });

  it('names itself from its own content', () => {
    const home = readPage(dist, '');
    expect(toText(select('h1', home)!)).toBe('The Eastport harbour closure');
    expect(toText(select('title', home)!)).toBe('The Eastport harbour closure');
  });

  it('verifies and renders its citations', () => {
    const topic = readPage(dist, 'topics/closure/');
    expect(selectAll('a.citation-marker', topic).map((a) => a.properties['href'])).toEqual([
      // Each quote lands on its words (paragraph, start and end in it), the ¶ citation on its paragraph.
      '/sources/2026-01-10-harbour-closed/#q-1-86-117',
      '/sources/2026-01-10-harbour-closed/#q-2-44-85',
      '/sources/2026-01-12-harbour-reopens/#p-2',
      '/sources/2026-01-10-harbour-closed/#q-2-15-42',
      '/sources/2026-01-12-harbour-reopens/#q-1-45-71',
    ]);
  });
});
