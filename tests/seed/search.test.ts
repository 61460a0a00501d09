/**
 * Search in Chromium: the passages a reader looks for come first, labelled by
 * page type, with excerpts of the words on the page only; an entity's page
 * comes first for its names, in any script; a misspelt name gets a "did you
 * mean"; excerpts never run words of neighbouring cells together; filters
 * load when opened; results land on the passage with the terms highlighted;
 * on a phone results are compact under folded filters. (Search under a
 * sub-path and ?highlight= on every kind of page, for any dossier:
 * tests/browser/search.test.ts.)
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { selectAll } from 'hast-util-select';
import { useSiteSession } from '../support/site-session.ts';
import { startPreviewServer } from '../support/dev-server.ts';
import { readPage } from '../support/html.ts';
import { pageTypesOf, searchFiltersOf } from '../support/built-site.ts';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const session = useSiteSession(() => inject('siteDist'));

const filtersOf = (urlPath: string) => searchFiltersOf(inject('siteDist'), urlPath);
const pageTypes = () => pageTypesOf(inject('siteDist'));

/** Opens the search page for `query` and waits until its results are shown. */
async function searchFor(page: Page, base: string, query: string): Promise<void> {
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
  await page.locator('.search-status', { hasText: /results? for/u }).waitFor({ timeout: 10_000 });
}

/** The results the page shows: type label, link, sections or passages, and the text of every excerpt. */
const shownResults = (page: Page) =>
  page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({
      type: item.querySelector('.search-result-type')?.textContent ?? '',
      url: item.querySelector('.search-result-title a')?.getAttribute('href') ?? '',
      sections: [...item.querySelectorAll('.search-result-section')].map((section) => ({
        url: section.querySelector('a')?.getAttribute('href') ?? '',
        text: section.querySelector('.search-result-excerpt')?.textContent ?? '',
      })),
      excerpts: [...item.querySelectorAll('.search-result-excerpt')].map((p) => p.textContent ?? ''),
    })),
  );

/** The text a reader sees in a page's main content, as Pagefind indexes it (no data-pagefind-ignore parts), without whitespace or full stops (Pagefind ends each block with one). */
const visibleIndexedText = (page: Page) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!parent.closest('[data-pagefind-ignore]') && parent.checkVisibility()) text += node.textContent;
    }
    return text.replace(/[\s.]+/gu, '');
  });

/**
 * visibleIndexedText of each page, read once for the file's searches, in one
 * shared page: most queries find the same pages. Await each call before the
 * next: they navigate the same page.
 */
const shownTexts = new Map<string, Promise<string>>();
function shownText(path: string): Promise<string> {
  let text = shownTexts.get(path);
  if (!text) {
    text = session.sharedPage().then(async (reader) => {
      await reader.goto(new URL(path, session.server.url).href);
      return visibleIndexedText(reader);
    });
    shownTexts.set(path, text);
  }
  return text;
}

describe('search', () => {
  it.each(['fifty minutes', 'prisoner', 'birthday'])(
    'for "%s", puts first a topic section or source passage with the words, labels every result, and shows only words of the pages',
    async (query) => {
      const page = await session.browser.newPage();
      await searchFor(page, session.server.url, query);
      const results = await shownResults(page);
      expect(results.length).toBeGreaterThan(0);

      const [first] = results;
      expect(['Topic', 'Source']).toContain(first!.type);
      const section = first!.sections[0]!;
      expect(new URL(section.url, session.server.url).hash, 'a section or passage of the page').toMatch(/^#.+/u);
      for (const word of query.toLowerCase().split(' ')) expect(section.text.toLowerCase()).toContain(word);

      const types = pageTypes();
      for (const result of results) expect(types, result.url).toContain(result.type);

      // Hidden filter values were indexed as text, run together ("swapsVladimir PutinDonald Trump…").
      for (const result of results) {
        const path = new URL(result.url, session.server.url).pathname;
        const values = filtersOf(path).map((f) => f.value);
        const runs = values.slice(1).map((value, i) => `${values[i]}${value}`);
        const pageText = await shownText(path);
        for (const excerpt of result.excerpts) {
          for (const run of runs) expect(excerpt, result.url).not.toContain(run);
          expect(pageText, `${result.url}: “${excerpt}” is not text the page shows`).toContain(excerpt.replace(/[\s.]+/gu, ''));
        }
      }
      await page.close();
    },
  );

  it('finds a name in the sources from the header search box and lands on the passage', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}topics/the-call/`);
    await page.getByRole('searchbox', { name: 'Search the dossier' }).fill('Witkoff');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Witkoff/u);
    // One search box on the search page: its own.
    await expect(page.getByRole('searchbox').count()).resolves.toBe(1);

    const passage = page.locator('.search-result-section a[href*="/sources/2025-06-14-fifty-minute-call/"]').first();
    await passage.waitFor({ timeout: 10_000 });
    const href = (await passage.getAttribute('href'))!;
    expect(href).toMatch(/^\/sources\/2025-06-14-fifty-minute-call\/\?highlight=witkoff#p-3$/iu);

    await passage.click();
    await page.waitForURL((url) => url.hash === '#p-3');
    const highlight = page.locator('#p-3 mark.pagefind-highlight');
    await highlight.first().waitFor({ timeout: 10_000 });
    await expect(highlight.first().innerText()).resolves.toBe('Witkoff');
    await page.close();
  });

  it('loads the filters when their panel opens, offers only those with two values or more, and filters by page type', async () => {
    const page = await session.browser.newPage();
    const requests = session.server.requests;
    const from = requests.length;
    await searchFor(page, session.server.url, 'Ushakov');
    const filterFiles = () => requests.slice(from).filter((path) => path.includes('/pagefind/filter/'));
    expect(filterFiles()).toEqual([]);

    await page.getByText('Filter by type, topic, claim status, outlet').click();
    const typeFilter = page.getByRole('group', { name: 'Type' });
    await typeFilter.waitFor({ timeout: 10_000 });
    expect(filterFiles().length).toBeGreaterThan(0);
    // Every seed source is from an unknown outlet: one value, nothing to choose.
    await expect(page.getByRole('group', { name: 'Outlet' }).count()).resolves.toBe(0);

    await typeFilter.getByLabel(/^Source \(\d+\)$/u).check();
    await page.waitForFunction(() => {
      const hrefs = [...document.querySelectorAll('.search-result-title a')].map((a) => a.getAttribute('href') ?? '');
      return hrefs.length > 0 && hrefs.every((href) => href.startsWith('/sources/'));
    });
    await expect(page.locator('.search-result').count()).resolves.toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('filters by claim status: source errors are on the ledger’s part and the page of the topic that has them', async () => {
    const page = await session.browser.newPage();
    await searchFor(page, session.server.url, 'Trump');
    await page.getByText('Filter by type, topic, claim status, outlet').click();
    const statusFilter = page.getByRole('group', { name: 'Claim status' });
    await statusFilter.waitFor({ timeout: 10_000 });
    await statusFilter.getByLabel(/^Source error \(\d+\)$/u).check();
    await page.waitForFunction(() => {
      const pages = new Set([...document.querySelectorAll('.search-result-title a')].map((a) => (a.getAttribute('href') ?? '').split(/[?#]/u)[0]));
      return [...pages].sort().join(' ') === '/claims/the-call/ /topics/the-call/';
    });
    await page.close();
  });

  // siteDist is a plain `astro build` (build-sites.ts): the dossier integration indexed it in build:done.
  it('works in astro preview of a plain astro build: finds a passage and its result lands on it', async () => {
    const preview = await startPreviewServer(inject('siteDist'));
    try {
      const page = await session.sharedPage();
      await searchFor(page, `${preview.url}/`, 'Witkoff');
      const passage = page.locator('.search-result-section a[href*="/sources/2025-06-14-fifty-minute-call/"]').first();
      await passage.waitFor({ timeout: 10_000 });
      expect(await passage.getAttribute('href')).toMatch(/^\/sources\/2025-06-14-fifty-minute-call\/\?highlight=witkoff#p-3$/iu);
      await passage.click();
      await page.waitForURL((url) => url.hash === '#p-3');
      await expect(page.locator('#p-3').innerText()).resolves.toContain('Witkoff');
    } finally {
      await preview.close();
    }
  });
});

/** The built entity pages, each with the names search knows it by (its h1's `data-names`, "Vladimir Putin · Putin · Путин"). */
function entityPages(): { url: string; names: string[] }[] {
  const dist = inject('siteDist');
  return readdirSync(path.join(dist, 'entities'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dist, 'entities', entry.name, 'index.html')))
    .map((entry) => {
      const url = `/entities/${entry.name}/`;
      const [heading] = selectAll('h1[data-names]', readPage(dist, url));
      return { url, names: String(heading?.properties['dataNames'] ?? '').split(' · ').filter(Boolean) };
    });
}

/** Runs `term` in the search page's own box (the page already open) and waits for its status. */
async function searchInPage(page: Page, term: string): Promise<void> {
  await page.locator('#search-input').fill(term);
  await page.keyboard.press('Enter');
  await page.locator('.search-status', { hasText: `for “${term}”` }).waitFor({ timeout: 10_000 });
}

const firstResultPath = (page: Page) => page.locator('.search-result-title a').first().evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);

describe('search that forgives', () => {
  it('ranks an entity’s page first for each of its names and aliases, in any script (Ushakov, Oman, Putin, Путин among them)', async () => {
    const entities = entityPages();
    const byName = (name: string) => entities.find((entity) => entity.names.includes(name))?.url;
    // The names the issue measured: each must be some entity's, and that entity's page must lead.
    expect([byName('Ushakov'), byName('Oman'), byName('Putin'), byName('Путин')]).toEqual(['/entities/yuri-ushakov/', '/entities/oman/', '/entities/vladimir-putin/', '/entities/vladimir-putin/']);
    const page = await session.sharedPage();
    await page.goto(`${session.server.url}search/`);
    const misranked: string[] = [];
    for (const { url, names } of entities) {
      expect(names.length, url).toBeGreaterThan(0);
      for (const name of names) {
        await searchInPage(page, name);
        const first = await firstResultPath(page);
        if (first !== url) misranked.push(`“${name}”: first ${first}, not ${url}`);
      }
    }
    expect(misranked).toEqual([]);
  });

  it('shows an entity’s other names on its page, and finds the page by a name in another script', async () => {
    const page = await session.sharedPage();
    await page.goto(`${session.server.url}entities/vladimir-putin/`);
    await expect(page.locator('.page-summary').innerText()).resolves.toContain('Also written “Putin”, “Путин”.');
    await searchFor(page, session.server.url, 'Путин');
    await expect(firstResultPath(page)).resolves.toBe('/entities/vladimir-putin/');
  });

  it('offers “Ushakov” for “Ushakv”, as a link that runs that search', async () => {
    const page = await session.sharedPage();
    await searchFor(page, session.server.url, 'Ushakv');
    const suggestion = page.locator('.search-status').getByRole('link', { name: 'Ushakov' });
    await suggestion.waitFor({ timeout: 10_000 });
    await expect(page.locator('.search-status').innerText()).resolves.toMatch(/for “Ushakv”\. Did you mean Ushakov\?$/u);
    await suggestion.click();
    await page.locator('.search-status', { hasText: 'for “Ushakov”' }).waitFor({ timeout: 10_000 });
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('Ushakov');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Ushakov');
    await expect(firstResultPath(page)).resolves.toBe('/entities/yuri-ushakov/');
    // The corrected search has nothing left to correct.
    await expect(page.locator('.search-status a').count()).resolves.toBe(0);
  });

  it('says helpfully when nothing is found: a suggestion when a name is misspelt, otherwise what to try', async () => {
    const page = await session.sharedPage();
    await page.goto(`${session.server.url}search/`);
    await page.locator('#search-input').fill('Khamenie');
    await page.keyboard.press('Enter');
    await page.locator('.search-status', { hasText: 'No results for “Khamenie”.' }).waitFor({ timeout: 10_000 });
    await page.locator('.search-status').getByRole('link', { name: 'Khamenei' }).waitFor({ timeout: 10_000 });

    await page.locator('#search-input').fill('qzxwvj');
    await page.keyboard.press('Enter');
    const status = page.locator('.search-status', { hasText: 'No results for “qzxwvj”.' });
    await status.waitFor({ timeout: 10_000 });
    await expect(status.innerText()).resolves.toMatch(/Check the spelling, try fewer words, or look a name up among the people, organisations and places\.$/u);
    await expect(status.getByRole('link', { name: 'people, organisations and places' }).getAttribute('href')).resolves.toBe('/entities/');
  });

  it('never runs the words of neighbouring cells or blocks together in an excerpt', async () => {
    const page = await session.sharedPage();
    // The results of each search are read before the shared page goes to a result's page.
    const runTogether: string[] = [];
    /** The words of a page as Chromium lays it out (innerText: blocks and cells apart), where a name written in camel case ("TruthSocial") is one word. */
    const laidOutText = new Map<string, string>();
    for (const query of ['call', 'Putin', 'source', 'unattributed', 'compatible', 'Iran']) {
      await searchFor(page, session.server.url, query);
      const results = await shownResults(page);
      expect(results.length, query).toBeGreaterThan(0);
      for (const result of results) {
        const pathname = new URL(result.url, session.server.url).pathname;
        for (const excerpt of result.excerpts) {
          // Word to word ("callConflicting"), or a sentence's end to the next cell's word ("call.Sitting").
          for (const [word] of excerpt.matchAll(/\p{L}*\p{Ll}[.!?;:,]?\p{Lu}\p{L}*/gu)) {
            if (!laidOutText.has(pathname)) {
              const reader = await session.sharedPage();
              await reader.goto(new URL(pathname, session.server.url).href);
              laidOutText.set(pathname, await reader.locator('main').innerText());
            }
            if (!laidOutText.get(pathname)!.includes(word)) runTogether.push(`${pathname} for “${query}”: ${word}`);
          }
        }
      }
    }
    expect([...new Set(runTogether)]).toEqual([]);
  });
});

describe.each([
  { width: 390, height: 844, phone: true },
  { width: 800, height: 1000, phone: false },
  { width: 1280, height: 800, phone: false },
])('the search page at $width', ({ width, height, phone }) => {
  it.each(['light', 'dark'] as const)('in %s: filters folded above the results (beside them when wide), results compact on a phone', async (colorScheme) => {
    const page = await session.sharedPage({ viewport: { width, height }, isMobile: phone, hasTouch: phone, colorScheme });
    await searchFor(page, session.server.url, 'Putin');
    const geometry = await page.evaluate(() => {
      const box = (element: Element) => element.getBoundingClientRect();
      const filters = document.querySelector<HTMLDetailsElement>('.search-filters')!;
      const results = [...document.querySelectorAll('.search-result')].map((r) => box(r));
      return {
        filtersOpen: filters.open,
        filters: { top: box(filters).top, bottom: box(filters).bottom, left: box(filters).left },
        results: { top: results[0]!.top, right: Math.max(...results.map((r) => r.right)), heights: results.map((r) => Math.round(r.height)) },
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(geometry.filtersOpen).toBe(false);
    expect(geometry.overflow).toBeLessThanOrEqual(0);
    expect(geometry.results.heights.length).toBeGreaterThan(3);
    if (width < 992) expect(geometry.filters.bottom, 'the folded filters above the first result').toBeLessThanOrEqual(geometry.results.top);
    else expect(geometry.filters.left, 'the filters beside the results').toBeGreaterThanOrEqual(geometry.results.right);
    if (phone) {
      const tall = geometry.results.heights.filter((h) => h > 250);
      expect(tall, `result heights ${geometry.results.heights.join(', ')} px`).toEqual([]);
      // The first result shows on the first screen, under the box and the folded filters.
      expect(geometry.results.top).toBeLessThan(height / 2);
    }
  });
});
