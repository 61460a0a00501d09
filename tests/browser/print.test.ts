/**
 * Printing: parts of the print edition as Chromium prints them to PDF, read
 * back as text and lines (what a part carries, how full each page is), and a
 * topic page in print media, where the site's furniture goes and the notes
 * carry each source in full.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { pagesIn } from '../support/built-site.ts';
import { UI_UNDER_TEST } from '../support/dossier-under-test.ts';
import { useSiteSession } from '../support/site-session.ts';
import { seenText } from '../support/browser-text.ts';
import { readPage } from '../support/html.ts';
import { pdfText } from '../support/pdf.ts';
import { markedPassages } from '../support/cited-passages.ts';

const siteDist = inject('siteDist');
/** Compares text across line breaks: PDF lines wrap anywhere, hyphens included. */
const squash = (text: string) => text.replace(/\s+/gu, '');
const textOf = (dist: string, page: string, selector: string) => selectAll(selector, readPage(dist, page)).map((e) => toText(e).replace(/\s+/gu, ' ').trim());

const seed = useSiteSession(() => siteDist);
const [FIRST_TOPIC] = pagesIn(siteDist, 'topics') as [string];
/** The window the edition is printed from, as the site's other print tests see pages. */
const WINDOW = { viewport: { width: 800, height: 1000 } };

/**
 * The parts printed: the briefing's and the first topic's, each beside the site page it prints. Every part is printed
 * by the same page and styles; two PDFs keep the test quick (the site tests check every part's HTML).
 */
const PARTS = [
  { name: 'the briefing', part: 'print/briefing/', page: '' },
  { name: FIRST_TOPIC, part: `print/${FIRST_TOPIC}`, page: FIRST_TOPIC },
];

describe.each(PARTS)('the print edition’s part for $name as a PDF', ({ part: partPath, page: sitePage }) => {
  let pdf: Awaited<ReturnType<typeof pdfText>>;
  const part = readPage(siteDist, partPath);
  const site = readPage(siteDist, sitePage);

  beforeAll(async () => {
    // Printed as Chromium's Print command prints it, on A4 (the paper of the issue's measures), without the browser's own
    // header and footer (date, URL, page number), which sit in the margins: what a page holds is the edition's alone.
    const page = await seed.sharedPage(WINDOW);
    await page.goto(`${seed.server.url}${partPath}`);
    pdf = await pdfText(await page.pdf({ format: 'A4' }));
  });

  it('reads as its page: title and summary, then the text’s headings in order', () => {
    const [title] = textOf(siteDist, sitePage, 'h1');
    const [summary] = textOf(siteDist, partPath, '.page-summary');
    const headings = textOf(siteDist, sitePage, 'main .prose h2');
    expect(headings.length).toBeGreaterThan(0);
    // Each found after the one before it.
    const positions: number[] = [];
    for (const text of [title!, summary!, ...headings]) positions.push(squash(pdf.text).indexOf(squash(text), (positions.at(-1) ?? -1) + 1));
    expect(positions.every((at) => at >= 0), `at ${positions.join(', ')}`).toBe(true);
  });

  it('prints citations as numbered markers, and names each source it cites with outlet and date', () => {
    expect(pdf.text).toMatch(/\[1\]|\d+ ¶\d+/u);
    const sources = [...new Set(selectAll('main a.citation-marker', site).map((a) => String(a.properties['href']).split('#')[0]!.replace(/^\//u, '')))];
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      const [title] = textOf(siteDist, source, 'h1');
      const [outlet] = textOf(siteDist, source, '.source-facts dd');
      expect(squash(pdf.text), source).toContain(squash(`${title}. ${outlet},`));
    }
  });

  it('gives the passages its markers cite, the words each lands on included', () => {
    const cited = markedPassages(siteDist, select('main', site)!);
    expect(cited.length).toBeGreaterThan(0);
    for (const passage of cited) expect(squash(pdf.text), `[${passage.sourceNumber} ¶${passage.paragraph}] ${passage.words}`).toContain(squash(passage.words));
    // Under their heading, after the text.
    const [endnotesHeading] = textOf(siteDist, partPath, '.print-endnotes h2');
    expect(squash(pdf.text)).toContain(squash(endnotesHeading!));
  });

  it('carries the claims its page shows', () => {
    const claims = textOf(siteDist, sitePage, '.topic-ledger .claim-statement');
    for (const claim of claims) expect(squash(pdf.text)).toContain(squash(claim));
    expect(textOf(siteDist, partPath, '.claim-statement')).toEqual(claims);
  });

  it('fills its pages: none but the last under 40% full, none ending on a heading', () => {
    // The body's extent: from the highest first line of any page to the lowest last line of any.
    const top = Math.min(...pdf.lines.map((lines) => lines[0]!.top));
    const bottom = Math.max(...pdf.lines.map((lines) => lines.at(-1)!.bottom));
    const fill = pdf.lines.map((lines) => (lines.at(-1)!.bottom - top) / (bottom - top));
    console.log(`Page fill of /${partPath}: ${fill.map((f) => `${Math.round(f * 100)}%`).join(' ')}`);
    expect(fill.slice(0, -1).filter((f) => f < 0.4)).toEqual([]);
    const headings = selectAll('main :is(h1, h2, h3, h4, h5, .page-kicker)', part).map((h) => squash(toText(h)));
    for (const [page, lines] of pdf.lines.slice(0, -1).entries()) {
      const last = squash(lines.at(-1)!.text);
      expect(headings.filter((heading) => heading.toLowerCase().endsWith(last.toLowerCase())), `page ${page + 1} ends “${last}”`).toEqual([]);
    }
  });

  it('leaves out the site furniture and the line on printing', () => {
    expect(pdf.text).not.toContain(UI_UNDER_TEST.text('site.skipLink'));
    expect(pdf.text).not.toContain(UI_UNDER_TEST.text('search.label'));
    expect(pdf.text).not.toContain(UI_UNDER_TEST.text('site.footerPrint'));
    expect(squash(pdf.text)).not.toContain(squash(UI_UNDER_TEST.text('print.contentsLink')));
  });
});

describe('a topic page in print media', () => {
  const harbourDist = inject('harbourDist');
  let harbour: StaticServer;
  beforeAll(async () => {
    harbour = await serveStatic(harbourDist);
  });
  afterAll(async () => harbour?.close());

  async function printed(base: string, pathname: string): Promise<Page> {
    const page = await seed.sharedPage(WINDOW);
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${base}${pathname}`);
    return page;
  }

  it('hides the header, search, skip link, footer and previews, and keeps its numbered markers', async () => {
    const page = await printed(seed.server.url, FIRST_TOPIC);
    for (const selector of ['.site-header', '.search-box', '.skip-link', '.site-footer', '.backlinks']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    const marker = page.locator('a.citation-marker').first();
    await marker.focus();
    await expect(page.locator('.citation-preview').first().isVisible()).resolves.toBe(false);
    // The first marker of a bracket shows its source's label and paragraph: "2 ¶7" (besides the words for screen readers alone).
    const shown = await marker.evaluate(seenText);
    expect(shown).toMatch(/^\d+ ¶\d+$/u);
  });

  it('shows each note with the source in full, numbered as the markers are', async () => {
    const page = await printed(seed.server.url, FIRST_TOPIC);
    const notes = page.locator('.source-list li');
    // Each marker's text begins "Source 2," (for screen readers; "2 ¶7" is what shows).
    const names = await page.locator('a.citation-marker').allTextContents();
    const spoken = new RegExp(`^${UI_UNDER_TEST.text('source.spokenBefore')}(\\d+),`, 'u');
    const markerNumbers = new Set(names.map((name) => Number(spoken.exec(name)![1])));
    await expect(notes.count()).resolves.toBe(markerNumbers.size);
    const list = readPage(siteDist, FIRST_TOPIC);
    for (const [i, item] of selectAll('.source-list li', list).entries()) {
      const note = notes.nth(i);
      expect(markerNumbers.has(Number(item.properties['value']))).toBe(true);
      const source = String(select('a[href^="/sources/"]', item)!.properties['href']).split('/').filter(Boolean).join('/');
      const [outlet] = textOf(siteDist, `${source}/`, '.source-facts dd');
      await expect(note.innerText()).resolves.toContain(`${textOf(siteDist, `${source}/`, 'h1')[0]}. ${outlet},`);
    }
  });

  it('writes out the URL of a source that has one, and its archive copy', async () => {
    const page = await printed(harbour.url, 'topics/closure/');
    // The source page's facts link the article and its archive copy.
    const urls = selectAll('.source-facts a[rel~="noopener"]', readPage(harbourDist, 'sources/2026-01-10-harbour-closed/')).map((a) => String(a.properties['href']));
    expect(urls.length).toBe(2);
    const written = await page.locator('.source-list li .source-url').allInnerTexts();
    for (const url of urls) expect(written).toContain(url);
    await expect(page.locator('.source-list li .source-url').first().isVisible()).resolves.toBe(true);
  });
});
