/**
 * A dossier's extensions (tests/fixtures/extensions/astro.config.mjs, built
 * with the harbour fixture by build-sites.ts): its remark and rehype plugins
 * reach its Markdown, and its own Footer replaces the dossier's on every page.
 */
import { describe, expect, inject, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { htmlFiles, readPage } from '../support/html.ts';

const dist = inject('harbourDist');

describe('the dossier() options of a project', () => {
  it('remarkPlugins: a plugin given with options runs on the topics and the briefing, after the dossier’s own', () => {
    for (const page of ['topics/closure/', '']) {
      const paragraphs = selectAll('.prose p', readPage(dist, page));
      expect(paragraphs.length, page).toBeGreaterThan(0);
      for (const p of paragraphs) expect(p.properties['className'], `${page}: ${toText(p)}`).toEqual(['fixture-paragraph']);
    }
    // The dossier's own plugins ran first: the paragraphs keep their anchors, the citations their links to the passages.
    const topic = readPage(dist, 'topics/closure/');
    expect(selectAll('.prose p[id]', topic).length).toBeGreaterThan(0);
    expect(selectAll('.prose p a.citation-marker', topic).length).toBeGreaterThan(0);
  });

  it('rehypePlugins: a plugin given alone runs after the dossier’s, which gave the heading its id', () => {
    const heading = select('.prose h2#what-is-known', readPage(dist, 'topics/closure/'));
    expect(heading && toText(heading)).toBe('What is known (fixture)');
  });

  it('components: the project’s Footer, with its props, on every page, and not the dossier’s', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const footers = selectAll('footer', readPage(dist, file));
      expect(footers.map((footer) => toText(footer).replace(/\s+/gu, ' ').trim()), file).toEqual([
        'The fixture footer of The Eastport harbour closure, as of 15 January 2026. Print it.',
      ]);
      expect(select('footer a', footers[0]!)?.properties['href'], file).toBe('/print/');
    }
  });
});
