/**
 * Printing: the print edition through Chromium's own --print-to-pdf, read
 * back as text, and a topic page in print media, where the site's furniture
 * goes and the notes carry each source in full.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { useSiteSession } from '../support/site-session.ts';
import { seenText } from '../support/browser-text.ts';
import { readPage, htmlFiles } from '../support/html.ts';
import { pdfText } from '../support/pdf.ts';
import { PROJECT_ROOT } from '../support/build.ts';

const seedDist = inject('seedDist');
/** Compares text across line breaks: PDF lines wrap anywhere, hyphens included. */
const squash = (text: string) => text.replace(/\s+/gu, '');
const textOf = (dist: string, page: string, selector: string) => selectAll(selector, readPage(dist, page)).map((e) => toText(e).replace(/\s+/gu, ' ').trim());

/** Runs Debian's Chromium headless to print `url` to `pdf`, as a user would from the command line. */
function printToPdf(url: string, pdf: string, profile: string): Promise<string> {
  const args = [
    ...CHROMIUM_FLAGS,
    `--user-data-dir=${profile}`,
    `--print-to-pdf=${pdf}`,
    url,
  ];
  return new Promise((resolve, reject) => {
    const chromium = spawn(CHROMIUM_PATH, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    chromium.stdout.on('data', (chunk) => (output += chunk));
    chromium.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => chromium.kill('SIGKILL'), 90_000);
    chromium.on('error', reject);
    chromium.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`Chromium exited with ${code}:\n${output}`));
    });
  });
}

describe('the print edition as a PDF', () => {
  let server: StaticServer;
  let scratch: string;
  let pdf: { pages: number; text: string };

  beforeAll(async () => {
    server = await serveStatic(seedDist);
    scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-pdf-'));
    const file = path.join(scratch, 'dossier.pdf');
    await printToPdf(`${server.url}print/`, file, path.join(scratch, 'profile'));
    pdf = await pdfText(file);
  });
  afterAll(async () => {
    await server?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('reads as the whole dossier: its title and every topic', () => {
    expect(pdf.pages).toBeGreaterThan(htmlFiles(seedDist).filter((f) => f.startsWith('topics/')).length);
    const [title] = textOf(seedDist, '', 'h1');
    expect(squash(pdf.text)).toContain(squash(title!));
    const topics = htmlFiles(seedDist).filter((f) => f.startsWith('topics/'));
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) expect(squash(pdf.text), topic).toContain(squash(textOf(seedDist, topic, 'h1')[0]!));
  });

  it('prints citations as numbered markers with notes naming each source, outlet and date', () => {
    expect(pdf.text).toMatch(/\[1\]/u);
    // The source page of every article of the seed dossier (not the index of sources).
    const sources = readdirSync(path.join(PROJECT_ROOT, 'content', 'articles')).map((file) => `sources/${file.replace(/\.md$/u, '')}/`);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      const [title] = textOf(seedDist, source, 'h1');
      const [outlet] = textOf(seedDist, source, '.source-facts dd');
      expect(squash(pdf.text), source).toContain(squash(`${title}. ${outlet},`));
    }
  });

  it('carries the claims ledger and the timeline', () => {
    for (const claim of textOf(seedDist, 'claims/', '.claim-statement')) expect(squash(pdf.text)).toContain(squash(claim));
    for (const event of textOf(seedDist, 'timeline/', '.timeline-what')) expect(squash(pdf.text)).toContain(squash(event));
  });

  it('leaves out the site furniture', () => {
    expect(pdf.text).not.toContain('Skip to content');
    expect(pdf.text).not.toContain('Search the dossier');
    expect(pdf.text).not.toContain('Print the whole dossier');
  });
});

describe('a topic page in print media', () => {
  const harbourDist = inject('harbourDist');
  const seed = useSiteSession(() => seedDist);
  let harbour: StaticServer;
  beforeAll(async () => {
    harbour = await serveStatic(harbourDist);
  });
  afterAll(async () => harbour?.close());

  async function printed(base: string, pathname: string): Promise<Page> {
    const page = await seed.browser.newPage({ viewport: { width: 800, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${base}${pathname}`);
    return page;
  }

  it('hides the header, search, skip link, footer and previews, and keeps its numbered markers', async () => {
    const page = await printed(seed.server.url, 'topics/the-call/');
    for (const selector of ['.site-header', '.search-box', '.skip-link', '.site-footer', '.backlinks']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    const marker = page.locator('a.citation-marker').first();
    await marker.focus();
    await expect(page.locator('.citation-preview').first().isVisible()).resolves.toBe(false);
    // The first marker of a bracket shows its source's label and paragraph: "2 ¶7" (besides the words for screen readers alone).
    const shown = await marker.evaluate(seenText);
    expect(shown).toMatch(/^\d+ ¶\d+$/u);
    await page.close();
  });

  it('shows each note with the source in full, numbered as the markers are', async () => {
    const page = await printed(seed.server.url, 'topics/the-call/');
    const notes = page.locator('.source-list li');
    // Each marker's text begins "Source 2," (for screen readers; "2 ¶7" is what shows).
    const names = await page.locator('a.citation-marker').allTextContents();
    const markerNumbers = new Set(names.map((name) => Number(/^Source (\d+),/u.exec(name)![1])));
    await expect(notes.count()).resolves.toBe(markerNumbers.size);
    const list = readPage(seedDist, 'topics/the-call/');
    for (const [i, item] of selectAll('.source-list li', list).entries()) {
      const note = notes.nth(i);
      expect(markerNumbers.has(Number(item.properties['value']))).toBe(true);
      const source = String(select('a[href^="/sources/"]', item)!.properties['href']).split('/').filter(Boolean).join('/');
      const [outlet] = textOf(seedDist, `${source}/`, '.source-facts dd');
      await expect(note.innerText()).resolves.toContain(`${textOf(seedDist, `${source}/`, 'h1')[0]}. ${outlet},`);
    }
    await page.close();
  });

  it('writes out the URL of a source that has one, and its archive copy', async () => {
    const page = await printed(harbour.url, 'topics/closure/');
    // The source page's facts link the article and its archive copy.
    const urls = selectAll('.source-facts a[rel~="noopener"]', readPage(harbourDist, 'sources/2026-01-10-harbour-closed/')).map((a) => String(a.properties['href']));
    expect(urls.length).toBe(2);
    const written = await page.locator('.source-list li .source-url').allInnerTexts();
    for (const url of urls) expect(written).toContain(url);
    await expect(page.locator('.source-list li .source-url').first().isVisible()).resolves.toBe(true);
    await page.close();
  });
});
