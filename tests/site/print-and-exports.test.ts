/**
 * The print edition (/print/) and each source's citation for reference
 * managers (BibTeX, RIS, CSL-JSON) and for search engines (JSON-LD), in the
 * built seed dossier and the fixture dossier. Expected values come from the
 * content files and the site's own pages.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { readPage, htmlFiles } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { markedPassages, textWithout } from '../support/cited-passages.ts';
import { DOSSIER_UNDER_TEST, TESTING_SEED } from '../support/dossier-under-test.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';

/** `hasLedger`: whether the content has claims and timeline events, so that the print edition must show them; known of the seed and of harbour. */
const DOSSIERS: { name: string; dist: () => string; content: string; hasLedger?: boolean }[] = [
  { name: 'under test', dist: () => inject('siteDist'), content: DOSSIER_UNDER_TEST, ...(TESTING_SEED ? { hasLedger: true } : {}) },
  { name: 'harbour', dist: () => inject('harbourDist'), content: 'tests/fixtures/dossiers/harbour', hasLedger: false },
];

/** Frontmatter of every article of a content folder, by id. */
function articlesOf(content: string): Map<string, Record<string, string>> {
  const folder = path.resolve(PROJECT_ROOT, content, 'articles');
  const frontmatter = (text: string) => {
    const split = splitFrontmatter(text);
    return split.kind === 'closed' ? parse(split.yaml) : {};
  };
  return new Map(readdirSync(folder).map((file) => [file.replace(/\.md$/u, ''), frontmatter(readFileSync(path.join(folder, file), 'utf8'))]));
}

/** How many claims (claims/*.yaml) and timeline events (timeline.yaml) a content folder holds. */
function ledgerOf(content: string): { claims: number; events: number } {
  const folder = path.resolve(PROJECT_ROOT, content);
  const list = (file: string) => (existsSync(file) ? (parse(readFileSync(file, 'utf8')) as unknown[] | null) ?? [] : []);
  const claimFiles = existsSync(path.join(folder, 'claims')) ? readdirSync(path.join(folder, 'claims')).filter((f) => f.endsWith('.yaml')) : [];
  return {
    claims: claimFiles.reduce((sum, file) => sum + list(path.join(folder, 'claims', file)).length, 0),
    events: list(path.join(folder, 'timeline.yaml')).length,
  };
}

/** A title as catalogues show it: one the dossier supplied (`title_supplied`) in square brackets. */
const catalogued = (data: Record<string, unknown>) => (data['title_supplied'] === true ? `[${String(data['title'])}]` : String(data['title']));

const text = (node: Element | Root | undefined) => toText(node!).replace(/\s+/gu, ' ').trim();
const idsOf = (tree: Root) => {
  const ids: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties['id'] === 'string') ids.push(node.properties['id']);
  });
  return ids;
};
/** The runs of an element's text inside <mark>, adjacent marks joined (a paragraph's markup cuts a quote's mark in pieces). */
function markedRuns(node: Element): string[] {
  const runs: string[] = [];
  let open = false;
  const walk = (parent: Element, marked: boolean) => {
    for (const child of parent.children) {
      if (child.type === 'element') walk(child, marked || child.tagName === 'mark');
      if (child.type !== 'text') continue;
      if (marked && open) runs[runs.length - 1] += child.value;
      else if (marked) runs.push(child.value);
      open = marked;
    }
  };
  walk(node, false);
  return runs;
}

const topicPages = (dist: string) => htmlFiles(dist).filter((f) => f.startsWith('topics/')).map((f) => path.dirname(f));

describe.each(DOSSIERS)('the print edition of the $name dossier', ({ dist: distOf, content, hasLedger }) => {
  const dist = distOf();
  const print = readPage(dist, 'print/');

  it('opens with the briefing: title, summary and the briefing’s text', () => {
    const home = readPage(dist, '');
    expect(text(select('h1', print))).toBe(text(select('h1', home)));
    expect(text(select('.page-summary', print))).toBe(String(select('meta[name="description"]', home)!.properties['content']));
    // The home page puts what is pending inside the briefing; the print edition has it under each topic.
    expect(text(select('#briefing .prose', print))).toBe(selectAll('main > div.prose', home).map((prose) => text(prose)).filter(Boolean).join(' '));
  });

  it('holds every topic page: title, text, citations and its numbered notes', () => {
    const topics = topicPages(dist);
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      const page = readPage(dist, `${topic}/`);
      const section = select(`[id="topic-${path.basename(topic)}"]`, print);
      expect(section, topic).toBeDefined();
      expect(text(select('h2', section))).toBe(text(select('h1', page)));
      expect(text(select('.prose', section))).toBe(text(select('article > .prose', page)));
      const markers = (tree: Element | Root) => selectAll('a.citation-marker', tree).map((a) => [text(a), a.properties['href']]);
      expect(markers(section!)).toEqual(markers(page));
    }
  });

  it('follows the briefing and each topic with the passages it cites, each once, under its markers’ label, the quoted words marked', () => {
    const documents = [
      { name: 'the briefing', section: select('#briefing', print)!, page: readPage(dist, '') },
      ...topicPages(dist).map((topic) => ({ name: topic, section: select(`[id="topic-${path.basename(topic)}"]`, print)!, page: readPage(dist, `${topic}/`) })),
    ];
    for (const { name, section, page } of documents) {
      const cited = markedPassages(dist, select('main', page)!);
      expect(cited.length, name).toBeGreaterThan(0);
      const endnotes = selectAll('.print-endnotes li', section);
      const labelOf = (endnote: Element) => textWithout(select('.endnote-label', endnote)!, '.visually-hidden');
      // One per source and paragraph, in the order first cited, labelled as a marker reads when it opens its bracket: "[2 ¶7]".
      const expected = [...new Set(cited.map((c) => `[${c.sourceNumber} ¶${c.paragraph}]`))];
      expect(endnotes.map(labelOf), name).toEqual(expected);
      for (const marker of cited.filter((c) => /^\d/u.test(c.shown))) expect(expected, name).toContain(`[${marker.shown}]`);
      for (const passage of cited) {
        const endnote = endnotes.find((e) => labelOf(e) === `[${passage.sourceNumber} ¶${passage.paragraph}]`)!;
        const quoted = select('.endnote-text', endnote)!;
        expect(text(quoted), name).toBe(passage.paragraphText);
        // The words the marker lands on lie within one marked run (marks split by the paragraph's markup join up), or the paragraph is cited whole.
        if (passage.words !== passage.paragraphText) expect(markedRuns(quoted).some((run) => run.replace(/\s+/gu, " ").includes(passage.words)), `${name}: ${passage.words}`).toBe(true);
        // The source as the edition's list of sources names it: title, outlet and date.
        const source = selectAll('#sources li', print).find((item) => text(item).startsWith(`[${passage.sourceNumber}] `))!;
        const reference = `${text(select('a[href^="/sources/"]', source))}. ${text(select('.source-meta', source))}`;
        expect(textWithout(select('.endnote-source', endnote)!, '.visually-hidden'), name).toBe(`[${passage.sourceNumber} ¶${passage.paragraph}] ${reference}`);
      }
    }
  });

  it('has the claims ledger and the timeline as their pages show them: a row per claim, an entry per event', () => {
    const expected = ledgerOf(content);
    if (hasLedger !== undefined) expect(expected.claims > 0 && expected.events > 0).toBe(hasLedger);
    const rows = (tree: Element | Root | undefined) => (tree ? selectAll('table.ledger tbody tr', tree).map(text) : []);
    const printedRows = rows(select('#claims', print));
    expect(printedRows).toHaveLength(expected.claims);
    expect(printedRows).toEqual(rows(readPage(dist, 'claims/')));
    const events = (tree: Element | Root | undefined) => (tree ? selectAll('.timeline-event', tree).map(text) : []);
    const printedEvents = events(select('#timeline', print));
    expect(printedEvents).toHaveLength(expected.events);
    expect(printedEvents).toEqual(events(readPage(dist, 'timeline/')));
  });

  it('lists every source with outlet, title, date and URL', () => {
    const articles = articlesOf(content);
    // Each after its label, "[2] ".
    const items = selectAll('#sources li', print).map((item) => text(item).replace(/^\[\d+\] /u, ''));
    expect(items).toHaveLength(articles.size);
    for (const data of articles.values()) {
      const item = items.find((i) => i.startsWith(`${catalogued(data)}.`));
      expect(item, catalogued(data)).toBeDefined();
      // An outlet the provenance does not give is said in words.
      expect(item).toContain(data['outlet'] === 'Unknown' ? 'Outlet not named' : data['outlet']);
      if (data['url']) expect(item).toContain(data['url']);
      if (data['archived']) expect(item).toContain(`Archived copy: ${data['archived']}`);
    }
  });

  it('keeps ids unique, and every fragment link lands in the document it came from', () => {
    const ids = idsOf(print);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const section of selectAll('section[id]', print)) {
      for (const backlink of selectAll('.source-list .backlinks a', section)) {
        const target = String(backlink.properties['href']).slice(1);
        expect(select(`[id="${target}"]`, section), `${section.properties['id']} -> #${target}`).toBeDefined();
      }
      for (const marker of selectAll('a.citation-marker', section)) {
        const [preview] = marker.properties['ariaDescribedBy'] as string[];
        expect(select(`[id="${preview}"]`, section)?.properties['role']).toBe('tooltip');
      }
    }
  });

  it('is linked from the footer of every page and kept out of the search index', () => {
    for (const file of htmlFiles(dist)) expect(selectAll('footer a', readPage(dist, file)).map((a) => a.properties['href']), file).toContain('/print/');
    expect(select('[data-pagefind-body]', print)).toBeUndefined();
  });
});

describe.each(DOSSIERS)('source pages of the $name dossier', ({ dist: distOf, content }) => {
  const dist = distOf();
  const articles = [...articlesOf(content)];

  it.each(articles)('%s links to its citation in BibTeX, RIS and CSL-JSON, and each file reads back', (id, data) => {
    const page = readPage(dist, `sources/${id}/`);
    const links = selectAll('.source-facts a[download]', page);
    expect(links.map((a) => [text(a), a.properties['href'], a.properties['download']])).toEqual([
      ['BibTeX', `/sources/${id}/cite.bib`, `${id}.bib`],
      ['RIS', `/sources/${id}/cite.ris`, `${id}.ris`],
      ['CSL-JSON', `/sources/${id}/cite.json`, `${id}.json`],
    ]);
    const file = (name: string) => readFileSync(path.join(dist, 'sources', id, name), 'utf8');

    const [csl] = JSON.parse(file('cite.json'));
    expect(csl).toMatchObject({ id, type: 'article-newspaper', title: catalogued(data), language: data['language'] ?? 'en' });
    expect(csl['container-title']).toBe(data['outlet'] === 'Unknown' ? undefined : data['outlet']);
    expect(csl['URL']).toBe(data['url']);
    const published = String(data['published']);
    expect(csl['issued']).toEqual(published === 'unknown' ? undefined : { 'date-parts': [published.split('-').map(Number)] });

    const bibtex = file('cite.bib');
    expect(bibtex).toMatch(new RegExp(`^@\\w+\\{${id},\\n`, 'u'));
    expect(new Cite(bibtex).data[0]?.['title']).toBe(catalogued(data));

    const ris = file('cite.ris');
    expect(ris.startsWith('TY  - NEWS\n')).toBe(true);
    expect(ris.endsWith('ER  - \n')).toBe(true);
    expect(ris.split('\n')).toContain(`TI  - ${catalogued(data)}`);
  });

  it.each(articles)('%s describes itself in JSON-LD as a NewsArticle, inline in <head>', (id, data) => {
    const html = readFileSync(path.join(dist, 'sources', id, 'index.html'), 'utf8');
    const page = readPage(dist, `sources/${id}/`);
    const scripts = selectAll('head script[type="application/ld+json"]', page);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.properties['src']).toBeUndefined();
    const raw = toText(scripts[0]!);
    expect(html).toContain(raw); // written as is, not bundled into a file
    expect(raw).not.toContain('<');
    const jsonLd = JSON.parse(raw);
    expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', inLanguage: data['language'] ?? 'en' });
    // A supplied title is no headline of the article's: it is its name, in brackets, as the page's h1 shows it.
    expect(jsonLd.headline ?? jsonLd.name).toBe(text(select('h1', page)));
    expect(jsonLd.headline).toBe(data['title_supplied'] ? undefined : data['title']);
    expect(jsonLd.name).toBe(data['title_supplied'] ? catalogued(data) : undefined);
    expect(jsonLd.datePublished).toBe(data['published'] === 'unknown' ? undefined : String(data['published']));
    expect(jsonLd.publisher?.name).toBe(data['outlet'] === 'Unknown' ? undefined : data['outlet']);
    expect(jsonLd.url).toBe(data['url']);
    expect(jsonLd.mainEntityOfPage['@id']).toMatch(new RegExp(`/sources/${id}/$`, 'u'));
  });
});
