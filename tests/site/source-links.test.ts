/**
 * Titles the dossier supplied, in square brackets wherever a title is shown,
 * and a source's links to its original: the archive copy beside the URL, and
 * each cited passage's words in the original (a text fragment). Expected
 * values come from the content files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { readPage, htmlFiles } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { DOSSIER_UNDER_TEST, UI_UNDER_TEST } from '../support/dossier-under-test.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';

interface Frontmatter {
  title: string;
  imported_from?: string;
  /** The old name of imported_from, still read. */
  origin?: string;
  title_supplied?: boolean;
  url?: string;
  archived?: string;
}

function articlesOf(content: string): [string, Frontmatter][] {
  const folder = path.resolve(PROJECT_ROOT, content, 'articles');
  return readdirSync(folder).map((file) => {
    const split = splitFrontmatter(readFileSync(path.join(folder, file), 'utf8'));
    return [file.replace(/\.md$/u, ''), split.kind === 'closed' ? (parse(split.yaml) as Frontmatter) : { title: '' }];
  });
}

const text = (node: Element | Root | undefined) => toText(node!).replace(/\s+/gu, ' ').trim();

describe('titles the dossier supplied', () => {
  const dist = inject('siteDist');
  // The seed's three articles have no headlines: all three titles are supplied (tests/seed/pages.test.ts).
  const supplied = articlesOf(DOSSIER_UNDER_TEST).filter(([, data]) => data.title_supplied === true);

  it.each(supplied)('%s is shown in square brackets as its page’s heading and title', (id, data) => {
    const page = readPage(dist, `sources/${id}/`);
    expect(text(select('h1', page))).toBe(`[${data.title}]`);
    expect(text(select('title', page)).startsWith(`[${data.title}] · `)).toBe(true);
  });

  it.each(supplied)('%s is in brackets in the index of sources, the print edition and the feed', (id, data) => {
    const indexed = selectAll(`a[href="/sources/${id}/"]`, readPage(dist, 'sources/'));
    expect(indexed.map(text)).toEqual([`[${data.title}]`]);
    // Each part of the print edition that cites it lists it among its sources.
    const printed = htmlFiles(dist).filter((file) => file.startsWith('print/')).flatMap((file) => selectAll('.print-bibliography li', readPage(dist, file)).map(text));
    const listed = printed.filter((item) => item.includes(data.title));
    expect(listed.length).toBeGreaterThan(0);
    for (const item of listed) expect(item).toMatch(new RegExp(`^\\[\\d+\\] \\[${data.title.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\]\\. `, 'u'));
    expect(readFileSync(path.join(dist, 'feed.xml'), 'utf8')).toContain(`<title type="text">[${data.title}]</title>`);
  });

  it('never stands without its brackets as the text of a link, heading, preview or page title', () => {
    const bare = new Set(supplied.map(([, data]) => data.title));
    for (const file of htmlFiles(dist)) {
      const page = readPage(dist, file);
      const titles = selectAll('a, h1, h2, h3, title, th, .citation-preview-title', page).map(text);
      expect(titles.filter((t) => bare.has(t)), file).toEqual([]);
    }
  });
});

describe('links from a source page of the harbour dossier to its original', () => {
  const dist = inject('harbourDist');
  const articles = articlesOf('tests/fixtures/dossiers/harbour');

  it.each(articles.filter(([, data]) => data.archived))('%s lists its archive copy beside its URL', (id, data) => {
    const facts = select('.source-facts', readPage(dist, `sources/${id}/`));
    expect(selectAll('a', facts).map((a) => a.properties['href'])).toEqual(expect.arrayContaining([data.url, data.archived]));
  });

  it.each(articles.filter(([, data]) => data.url))('%s links each cited passage to the cited words in the original', (id, data) => {
    const page = readPage(dist, `sources/${id}/`);
    const passages = selectAll('.passage', page).filter((p) => select('.passage-aside li a[href*="/topics/"]', p));
    expect(passages.length).toBeGreaterThan(0);
    for (const passage of passages) {
      const links = selectAll('a.in-original', passage);
      expect(links.length).toBe(selectAll('.passage-aside .cited-in li', passage).length);
      for (const link of links) {
        const href = String(link.properties['href']);
        expect(href.startsWith(`${data.url}#:~:text=`)).toBe(true);
        // Every term of the directive (prefix-, start, end, -suffix) is words of the paragraph.
        const terms = href.split(':~:text=')[1]!.split(',').map((term) => decodeURIComponent(term.replace(/^-|-$/gu, '')));
        for (const term of terms) expect(text(select('.passage-text', passage))).toContain(term);
        const number = text(select('.para-num', passage)).replace(/\D/gu, '');
        expect(link.properties['ariaLabel']).toBe(`The words cited from paragraph ${number} in the original article`);
      }
    }
  });
});

describe('provenance', () => {
  const dist = inject('siteDist');
  // Every article: one whose text came from a file (`imported_from`) names it, one without has no such detail.
  it.each(articlesOf(DOSSIER_UNDER_TEST))('%s names the file its text came from, if any, in a Provenance detail at the foot of its page, not among the facts a reader needs', (id, data) => {
    const page = readPage(dist, `sources/${id}/`);
    const provenance = select('article > details.provenance', page);
    const importedFrom = data.imported_from ?? data.origin;
    if (!importedFrom) {
      expect(provenance).toBeUndefined();
      return;
    }
    expect(toText(select('.source-facts', page)!)).not.toContain(importedFrom);
    expect(toText(select('summary', provenance!)!)).toBe(UI_UNDER_TEST.text('source.provenance'));
    expect(toText(provenance!)).toContain(UI_UNDER_TEST.around('source.imported', 'origin')[0] + importedFrom);
    // It comes after the text.
    const children = select('article', page)!.children.filter((n): n is Element => n.type === 'element');
    expect(children.at(-1)).toBe(provenance);
  });
});
