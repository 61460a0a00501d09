/**
 * Search in Chromium on any dossier: it works under the sub-path the GitHub
 * Pages workflow builds for, and a result's ?highlight= marks the searched
 * word on every kind of page that search finds, visibly in light and dark,
 * loading the highlighter only then. (What search finds in the seed, and how
 * it ranks and forgives: tests/seed/search.test.ts.) A site whose index is
 * in parts finds the pages of every part.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { serveStatic } from '../support/static-server.ts';
import { useSiteSession } from '../support/site-session.ts';
import { htmlFiles, readPage } from '../support/html.ts';
import { longestWordOf, pagesIn, pageTypesOf, searchFiltersOf } from '../support/built-site.ts';
import { SUB_PATH } from '../site/build-sites.ts';

const session = useSiteSession(() => inject('siteDist'));

const filtersOf = (urlPath: string) => searchFiltersOf(inject('siteDist'), urlPath);
const pageTypes = () => pageTypesOf(inject('siteDist'));

/** Opens the search page for `query` and waits until its results are shown. */
async function searchFor(page: Page, base: string, query: string): Promise<void> {
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
  await page.locator('.search-result').first().waitFor({ timeout: 10_000 });
}

describe('search', () => {
  it('works under a sub-path', async () => {
    const sub = await serveStatic(inject('subPathDist'), SUB_PATH);
    const page = await session.browser.newPage();
    // Words of a source's first passage: a source is among the results.
    await searchFor(page, sub.url, longestWordOf(inject('siteDist'), pagesIn(inject('siteDist'), 'sources')[0]!, '.passage-text'));
    const hrefs = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(SUB_PATH), href).toBe(true);
    expect(hrefs.some((href) => href.startsWith(`${SUB_PATH}sources/`))).toBe(true);
    await page.close();
    await sub.close();
  });

  it('finds the pages of every part of an index in parts', async () => {
    // The harbour fixture's config asks for at most three pages a part (tests/fixtures/extensions/astro.config.mjs).
    const dist = inject('harbourDist');
    const parts = JSON.parse(readFileSync(path.join(dist, 'pagefind', 'parts.json'), 'utf8')) as string[];
    expect(parts.length).toBeGreaterThan(1);
    const indexed = htmlFiles(dist).filter((file) => readFileSync(path.join(dist, file), 'utf8').includes('data-pagefind-body'));
    // Dealt to the parts in turn: at least as many indexed pages as parts puts a page in each, and some part holds two.
    expect(indexed.length).toBeGreaterThan(parts.length + 1);
    const harbour = await serveStatic(dist);
    const page = await session.sharedPage();
    for (const file of indexed) {
      const url = `/${file.replace(/index\.html$/u, '')}`;
      const word = longestWordOf(dist, url, 'main h1');
      await searchFor(page, harbour.url, word);
      const found = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(found, `searching "${word}"`).toContain(url);
    }
    await harbour.close();
  });
});

describe('?highlight= on every kind of page', () => {
  /** One page of each kind that search finds (each value of the "type" filter), with the longest word of its heading. */
  function pageOfEachKind(): { kind: string; url: string; word: string }[] {
    const dist = inject('siteDist');
    const byKind = new Map<string, string>();
    for (const file of htmlFiles(dist).sort()) {
      const url = `/${file.replace(/index\.html$/u, '')}`;
      const type = filtersOf(url).find((f) => f.name === 'type')?.value;
      if (type && (!byKind.has(type) || byKind.get(type) === '/entities/')) byKind.set(type, url);
    }
    return [...byKind].map(([kind, url]) => {
      const [heading] = selectAll('main h1', readPage(dist, url));
      const words = toText(heading!).match(/\p{L}{4,}/gu) ?? [];
      return { kind, url, word: words.sort((a, b) => b.length - a.length)[0]! };
    });
  }

  it('marks the searched word on the briefing, a topic, a source, the claims, the timeline and an entity, visibly in light and dark', async () => {
    const kinds = pageOfEachKind();
    expect(new Set(kinds.map((k) => k.kind))).toEqual(pageTypes());
    const page = await session.sharedPage({ viewport: { width: 1280, height: 800 } });
    const unmarked: string[] = [];
    for (const { kind, url, word } of kinds) {
      await page.goto(`${session.server.url}${url.slice(1)}?highlight=${encodeURIComponent(word.toLowerCase())}`);
      const mark = page.locator('main mark.pagefind-highlight').first();
      if (!(await mark.waitFor({ timeout: 5_000 }).then(() => true, () => false))) {
        unmarked.push(`${kind} ${url}: no mark for “${word}”`);
        continue;
      }
      await expect(mark.innerText()).resolves.toMatch(new RegExp(word, 'iu'));
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const [markColour, pageColour] = await mark.evaluate((m) => [getComputedStyle(m).backgroundColor, getComputedStyle(document.body).backgroundColor]);
        if (markColour === pageColour || markColour === 'rgba(0, 0, 0, 0)') unmarked.push(`${kind} ${url} (${colorScheme}): the mark has no background of its own`);
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('loads the highlighter only when the address asks for it', async () => {
    const page = await session.sharedPage();
    const from = session.server.requests.length;
    await page.goto(`${session.server.url}${pagesIn(inject('siteDist'), 'topics')[0]}`);
    await page.waitForLoadState('networkidle');
    expect(session.server.requests.slice(from).filter((request) => request.includes('pagefind'))).toEqual([]);
  });
});

