/**
 * The print edition (/print/, its contents, and a page for each part) and each source's citation for reference
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
import { ledgerParts, readPage, htmlFiles, pagePathOf } from '../support/html.ts';
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
/** A page's address as links write it, from its file: `print/topics/x/index.html` → `/print/topics/x/`. */
const hrefOf = (file: string) => `/${pagePathOf(file)}`;
/** What a part holds besides the list of its sources, where everything it cites is linked. */
const partBody = (part: Root) => {
  const main = structuredClone(select('main', part)!);
  visit(main, 'element', (node: Element) => {
    node.children = node.children.filter((child) => !(child.type === 'element' && (child.properties['className'] as string[] | undefined)?.includes('print-bibliography')));
  });
  return main;
};
/** The source pages a tree links, each once, in order: `/sources/<id>/`. */
const sourcesLinked = (tree: Element | Root) => [
  ...new Set(selectAll('a[href^="/sources/"]', tree).map((a) => /^\/sources\/[^/#]+\//u.exec(String(a.properties['href']))?.[0]).filter((href) => href !== undefined)),
];

describe.each(DOSSIERS)('the print edition of the $name dossier', ({ dist: distOf, content, hasLedger }) => {
  const dist = distOf();
  const contents = readPage(dist, 'print/');
  const home = readPage(dist, '');
  const partLinks = selectAll('.print-contents li > a', contents);
  const expected = ledgerOf(content);
  /** The parts a reader expects, in the site's order: the briefing, each topic as the home page lists them, the timeline when it has events. */
  const expectedParts = [
    { href: '/print/briefing/', label: text(select('.site-header nav a[href="/"]', home)) },
    ...selectAll('.cards h3 a', home).map((a) => ({ href: `/print${String(a.properties['href'])}`, label: text(a) })),
    ...(expected.events > 0 ? [{ href: '/print/timeline/', label: text(select('h1', readPage(dist, 'timeline/'))) }] : []),
  ];
  const part = (href: string) => readPage(dist, href.replace(/^\//u, ''));
  const topicPart = (topic: string) => part(`/print/${topic}/`);

  it('lists every part on its contents page, in the site’s order, each linking a page that exists, and no other', () => {
    if (hasLedger !== undefined) expect(expected.claims > 0 && expected.events > 0).toBe(hasLedger);
    expect(expectedParts.length).toBe(topicPages(dist).length + 1 + (expected.events > 0 ? 1 : 0));
    expect(partLinks.map((a) => ({ href: String(a.properties['href']), label: text(a) }))).toEqual(expectedParts);
    for (const { href } of expectedParts) expect(existsSync(path.join(dist, href, 'index.html')), href).toBe(true);
    const printPages = htmlFiles(dist).filter((file) => file.startsWith('print/')).map(hrefOf).sort();
    expect(printPages).toEqual(['/print/', ...expectedParts.map((p) => p.href)].sort());
  });

  it('counts the cited passages each part gives', () => {
    for (const link of partLinks) {
      const href = String(link.properties['href']);
      const endnotes = selectAll('.print-endnotes li', part(href)).length;
      const count = select('.print-count', selectAll('.print-contents li', contents).find((li) => select('a', li) === link)!);
      if (href === '/print/timeline/') expect(count).toBeUndefined();
      else expect(text(count).match(/\d+/gu), href).toEqual([String(endnotes)]);
    }
  });

  it('opens the briefing’s part with the dossier’s title and summary, then the briefing’s text', () => {
    const briefing = part('/print/briefing/');
    expect(text(select('h1', briefing))).toBe(text(select('h1', home)));
    expect(text(select('.page-summary', briefing))).toBe(String(select('meta[name="description"]', home)!.properties['content']));
    // The home page puts what is pending inside the briefing; the print edition has it under each topic.
    expect(text(select('article > .prose', briefing))).toBe(selectAll('main > div.prose', home).map((prose) => text(prose)).filter(Boolean).join(' '));
  });

  it('gives each topic a part as its page shows it: title, text, citations', () => {
    const topics = topicPages(dist);
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      const page = readPage(dist, `${topic}/`);
      const printed = topicPart(topic);
      expect(text(select('h1', printed)), topic).toBe(text(select('h1', page)));
      expect(text(select('article > .prose', printed)), topic).toBe(text(select('article > .prose', page)));
      const markers = (tree: Element | Root) => selectAll('a.citation-marker', tree).map((a) => [text(a), a.properties['href']]);
      expect(markers(printed), topic).toEqual(markers(page));
    }
  });

  it('follows the briefing and each topic with the passages it cites, on its own part’s page, each once, under its markers’ label, the quoted words marked', () => {
    const documents = [
      { name: 'the briefing', printed: part('/print/briefing/'), page: home },
      ...topicPages(dist).map((topic) => ({ name: topic, printed: topicPart(topic), page: readPage(dist, `${topic}/`) })),
    ];
    for (const { name, printed, page } of documents) {
      const cited = markedPassages(dist, select('main', page)!);
      expect(cited.length, name).toBeGreaterThan(0);
      const endnotes = selectAll('.print-endnotes li', printed);
      const labelOf = (endnote: Element) => textWithout(select('.endnote-label', endnote)!, '.visually-hidden');
      // One per source and paragraph, in the order first cited, labelled as a marker reads when it opens its bracket: "[2 ¶7]".
      const expectedLabels = [...new Set(cited.map((c) => `[${c.sourceNumber} ¶${c.paragraph}]`))];
      expect(endnotes.map(labelOf), name).toEqual(expectedLabels);
      for (const marker of cited.filter((c) => /^\d/u.test(c.shown))) expect(expectedLabels, name).toContain(`[${marker.shown}]`);
      for (const passage of cited) {
        const endnote = endnotes.find((e) => labelOf(e) === `[${passage.sourceNumber} ¶${passage.paragraph}]`)!;
        const quoted = select('.endnote-text', endnote)!;
        expect(text(quoted), name).toBe(passage.paragraphText);
        // The words the marker lands on lie within one marked run (marks split by the paragraph's markup join up), or the paragraph is cited whole.
        if (passage.words !== passage.paragraphText) expect(markedRuns(quoted).some((run) => run.replace(/\s+/gu, " ").includes(passage.words)), `${name}: ${passage.words}`).toBe(true);
        // The source as the part's list of sources names it: title, outlet and date.
        const source = selectAll('.print-bibliography li', printed).find((item) => text(item).startsWith(`[${passage.sourceNumber}] `))!;
        const reference = `${text(select('a[href^="/sources/"]', source))}. ${text(select('.source-meta', source))}`;
        expect(textWithout(select('.endnote-source', endnote)!, '.visually-hidden'), name).toBe(`[${passage.sourceNumber} ¶${passage.paragraph}] ${reference}`);
      }
    }
  });

  it('has the claims ledger under each topic and the timeline in a part of its own, as their pages show them: a row per claim, an entry per event', () => {
    const rows = (tree: Element | Root | undefined) => (tree ? selectAll('table.ledger tbody tr', tree).map(text) : []);
    const printedRows = topicPages(dist).flatMap((topic) => {
      const printed = rows(topicPart(topic));
      expect(printed, topic).toEqual(rows(select('.topic-ledger', readPage(dist, `${topic}/`))));
      return printed;
    });
    expect(printedRows).toHaveLength(expected.claims);
    expect(new Set(printedRows)).toEqual(new Set(ledgerParts(dist).flatMap(({ page }) => rows(page))));
    const events = (tree: Element | Root) => selectAll('.timeline-event', tree).map(text);
    const printedEvents = expected.events > 0 ? events(part('/print/timeline/')) : [];
    expect(printedEvents).toHaveLength(expected.events);
    expect(printedEvents).toEqual(events(readPage(dist, 'timeline/')));
  });

  it('ends each part with the sources it cites, each with outlet, title, date and URL, and every source cited somewhere in one part or more', () => {
    const articles = articlesOf(content);
    const listed = new Set<string>();
    for (const { href } of expectedParts) {
      const printed = part(href);
      const items = selectAll('.print-bibliography li', printed);
      // The sources the part links (markers, ledger, timeline), each once, by number.
      expect(items.map((item) => String(select('a[href^="/sources/"]', item)!.properties['href'])).sort(), href).toEqual(sourcesLinked(partBody(printed)).sort());
      const numbers = items.map((item) => Number(item.properties['value']));
      expect(numbers, href).toEqual([...numbers].sort((x, y) => x - y));
      for (const item of items) {
        const id = String(select('a[href^="/sources/"]', item)!.properties['href']).split('/')[2]!;
        const data = articles.get(id)!;
        listed.add(id);
        // Each after its label, "[2] ".
        const reference = text(item).replace(/^\[\d+\] /u, '');
        expect(reference.startsWith(`${catalogued(data)}.`), reference).toBe(true);
        // An outlet the provenance does not give is said in words.
        expect(reference).toContain(data['outlet'] === 'Unknown' ? 'Outlet not named' : data['outlet']);
        if (data['url']) expect(reference).toContain(data['url']);
        if (data['archived']) expect(reference).toContain(`Archived copy: ${data['archived']}`);
      }
    }
    expect([...listed].sort()).toEqual([...articles.keys()].sort());
  });

  it('keeps ids unique on each page, and every marker’s preview on the page it is on', () => {
    for (const file of htmlFiles(dist).filter((f) => f.startsWith('print/'))) {
      const page = readPage(dist, file);
      const ids = idsOf(page);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), file).toEqual([]);
      for (const marker of selectAll('a.citation-marker', page)) {
        const [preview] = marker.properties['ariaDescribedBy'] as string[];
        expect(select(`[id="${preview}"]`, page)?.properties['role'], file).toBe('tooltip');
      }
    }
  });

  it('is linked from the footer of every page, each topic page and the home page link their own parts, and it is kept out of the search index', () => {
    for (const file of htmlFiles(dist)) expect(selectAll('footer a', readPage(dist, file)).map((a) => a.properties['href']), file).toContain('/print/');
    expect(selectAll('main a[href^="/print/"]', home).map((a) => a.properties['href'])).toEqual(['/print/briefing/']);
    for (const topic of topicPages(dist)) {
      expect(selectAll('main a[href^="/print/"]', readPage(dist, `${topic}/`)).map((a) => a.properties['href']), topic).toEqual([`/print/${topic}/`]);
    }
    for (const file of htmlFiles(dist).filter((f) => f.startsWith('print/'))) expect(select('[data-pagefind-body]', readPage(dist, file)), file).toBeUndefined();
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
