/** The built seed dossier: its pages, and citations that prove themselves. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readPage, htmlFiles } from '../support/html.ts';
import { normalizeTypography } from '../../src/lib/text/normalize.ts';

const dist = inject('seedDist');
const TOPICS = ['the-call', 'israel-iran-strikes', 'ukraine-prisoner-swaps'];
const SOURCES = ['2025-06-14-putin-birthday-call-hopes', '2025-06-14-birthday-call-lengthy-and-substantive', '2025-06-14-fifty-minute-call'];

describe('the seed dossier build', () => {
  it.each(['', 'search/', ...TOPICS.map((t) => `topics/${t}/`), ...SOURCES.map((s) => `sources/${s}/`)])('has the page /%s', (page) => {
    expect(existsSync(path.join(dist, page, 'index.html'))).toBe(true);
  });

  it('reads its footer as sentences: a space before the print link', () => {
    const footer = select('footer.site-footer', readPage(dist, '/'))!;
    expect(toText(footer).replace(/\s+/gu, ' ')).toContain('the source it rests on. Print the whole dossier.');
  });

  it('has the Pagefind index, its JS API and its highlighter', () => {
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-highlight.js', 'pagefind/pagefind-entry.json']) {
      expect(existsSync(path.join(dist, file)), file).toBe(true);
    }
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['en']);
    // Every page but the search page itself, the print edition (a copy of other pages) and the index of sources (links to them) is indexed.
    expect(entry.languages.en.page_count).toBe(htmlFiles(dist).filter((f) => !['search/index.html', 'print/index.html', 'sources/index.html'].includes(f)).length);
  });
});

describe.each(TOPICS)('topic page %s', (topic) => {
  const page = readPage(dist, `topics/${topic}/`);
  const markers = selectAll('a.citation-marker', page);

  it('has at least 15 citation links into source pages', () => {
    expect(markers.length).toBeGreaterThanOrEqual(15);
    // A quote lands on its words (q-<paragraph>-<start>-<end>), a ¶ citation on its paragraph.
    for (const marker of markers) expect(String(marker.properties['href'])).toMatch(/^\/sources\/[a-z0-9-]+\/#(q-\d+-\d+-\d+|p-\d+)$/u);
  });

  it('links every citation to a paragraph that exists and holds the quoted words', () => {
    for (const marker of markers) {
      const [pathname, fragment] = String(marker.properties['href']).split('#') as [string, string];
      const target = select(`[id="${fragment}"]`, readPage(dist, pathname));
      expect(target, `${pathname}#${fragment}`).toBeDefined();
      const quoted = select('.citation-preview mark', selectAll('.citation', page).find((c) => select('a.citation-marker', c) === marker)!);
      if (!quoted) continue; // a ¶ citation: the whole paragraph is the passage
      const words = normalizeTypography(toText(quoted));
      // The quote's span holds its words, or begins them where it crosses the end of another quote.
      const paragraph = select(`.passage:has([id="${fragment}"])`, readPage(dist, pathname))!;
      expect(normalizeTypography(toText(paragraph))).toContain(words);
      expect(words.startsWith(normalizeTypography(toText(target!)))).toBe(true);
    }
  });

  it('shows the quoted words highlighted on the source page', () => {
    for (const marker of markers) {
      const [pathname, fragment] = String(marker.properties['href']).split('#') as [string, string];
      const target = select(`[id="${fragment}"]`, readPage(dist, pathname))!;
      expect(select('mark.cited', target) ?? (target.properties['className'] as string[]).includes('is-cited')).toBeTruthy();
    }
  });

  it('lists its sources with a back-link to every use', () => {
    const backlinks = selectAll('.source-list .backlinks a', page).map((a) => String(a.properties['href']));
    expect(backlinks.sort()).toEqual(markers.map((m) => `#${String(m.properties['id'])}`).sort());
  });
});

describe('source pages', () => {
  it.each(SOURCES)('%s lists the places that cite each passage, with the citing sentence', (source) => {
    const page = readPage(dist, `sources/${source}/`);
    const citedIn = selectAll('.passage-aside li a[href*="#cite-ref-"]', page);
    expect(citedIn.length).toBeGreaterThan(0);
    for (const link of citedIn) {
      const [pathname, fragment] = String(link.properties['href']).split('#') as [string, string];
      const marker = select(`[id="${fragment}"]`, readPage(dist, pathname));
      expect(marker, String(link.properties['href'])).toBeDefined();
      expect(String(marker!.properties['href'])).toContain(`/sources/${source}/#`);
    }
    expect(selectAll('.cited-sentence', page).every((s) => toText(s).length > 20)).toBe(true);
  });

  it('shows the source-criticism notes beside their passages', () => {
    const page = readPage(dist, 'sources/2025-06-14-putin-birthday-call-hopes/');
    const error = selectAll('.note-error', page).map((n) => toText(n));
    expect(error.some((text) => text.includes('former U.S. President'))).toBe(true);
    expect(selectAll('.noted-error', page).length).toBeGreaterThan(0);
  });
});
