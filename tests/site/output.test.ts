/** The built dossier under test: its pages, and citations that prove themselves. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readPage, htmlFiles } from '../support/html.ts';
import { pagesIn } from '../support/built-site.ts';

const dist = inject('siteDist');
const TOPICS = pagesIn(dist, 'topics').map((page) => page.split('/')[1]!);
/** The sources some page cites: a source no page cites yet has no places to list. */
const SOURCES = pagesIn(dist, 'sources')
  .map((page) => page.split('/')[1]!)
  .filter((source) => selectAll('.passage-aside li a[href*="#cite-ref-"]', readPage(dist, `sources/${source}/`)).length > 0);

describe('the dossier build', () => {
  it.each(['', 'search/', ...TOPICS.map((t) => `topics/${t}/`), ...SOURCES.map((s) => `sources/${s}/`)])('has the page /%s', (page) => {
    expect(existsSync(path.join(dist, page, 'index.html'))).toBe(true);
  });

  it('has the Pagefind index, its JS API and its highlighter', () => {
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-highlight.js', 'pagefind/pagefind-entry.json']) {
      expect(existsSync(path.join(dist, file)), file).toBe(true);
    }
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    // One index, in the pages' language.
    const language = String(select('html', readPage(dist, ''))!.properties['lang']);
    expect(Object.keys(entry.languages)).toEqual([language]);
    // Every page but the search page itself, the print edition's (copies of other pages), the index of sources and the ledger's contents (links to them) is indexed.
    expect(entry.languages[language].page_count).toBe(htmlFiles(dist).filter((f) => !['search/index.html', 'sources/index.html', 'claims/index.html'].includes(f) && !f.startsWith('print/')).length);
  });
});

describe.each(TOPICS)('topic page %s', (topic) => {
  const page = readPage(dist, `topics/${topic}/`);
  const markers = selectAll('a.citation-marker', page);

  it('has citation links into source pages', () => {
    expect(markers.length).toBeGreaterThan(0);
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
      // The preview shows the source's own words, as the source page prints them.
      const words = toText(quoted);
      // The quote's span holds its words, or begins them where it crosses the end of another quote.
      const paragraph = select(`.passage:has([id="${fragment}"])`, readPage(dist, pathname))!;
      expect(toText(paragraph)).toContain(words);
      expect(words.startsWith(toText(target!))).toBe(true);
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

  it('explain in their legend exactly the kinds of mark their text shows', () => {
    const kinds = ['mark.cited', 'span.noted-error', 'span.noted-caution', 'span.noted-context'];
    const shown = (page: ReturnType<typeof readPage>, scope: string) => kinds.filter((kind) => select(`${scope} ${kind}`, page));
    const withLegend = pagesIn(dist, 'sources').filter((source) => {
      const page = readPage(dist, source);
      expect(shown(page, '.legend'), source).toEqual(shown(page, '.source-text'));
      return select('.legend', page) !== undefined;
    });
    // The dossier under test cites some source; a source nothing marks has no legend.
    expect(withLegend.length).toBeGreaterThan(0);
  });
});
