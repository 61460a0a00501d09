/**
 * Search in Chromium: the passages a reader looks for come first, labelled by
 * page type, with excerpts of the words on the page only; filters load when
 * opened; results land on the passage with the terms highlighted.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { selectAll } from 'hast-util-select';
import { serveStatic } from '../support/static-server.ts';
import { useSiteSession } from '../support/site-session.ts';
import { htmlFiles, readPage } from '../support/html.ts';
import { SUB_PATH } from '../site/build-sites.ts';

const session = useSiteSession(() => inject('seedDist'));

/** A built page's search filters (`data-pagefind-filter="name[data-value]"`), in page order. */
function filtersOf(urlPath: string): { name: string; value: string }[] {
  return selectAll('[data-pagefind-filter]', readPage(inject('seedDist'), urlPath)).map((element) => ({
    name: String(element.properties['dataPagefindFilter']).replace(/\[.*$/u, ''),
    value: String(element.properties['dataValue']),
  }));
}

/** Every page type of the built site: the values of its "type" filter. */
const pageTypes = () => new Set(htmlFiles(inject('seedDist')).flatMap((file) => filtersOf(file).filter((f) => f.name === 'type').map((f) => f.value)));

/** Opens the search page for `query` and waits until its results are shown. */
async function searchFor(page: Page, base: string, query: string): Promise<void> {
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
  await page.locator('.search-status', { hasText: 'results for' }).waitFor({ timeout: 10_000 });
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
  it.each(['fifty minutes', 'prisoner', 'Ushakov', 'Isfahan'])(
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

  it('filters by claim status: source errors are on the claims page and the topic that has them', async () => {
    const page = await session.browser.newPage();
    await searchFor(page, session.server.url, 'Trump');
    await page.getByText('Filter by type, topic, claim status, outlet').click();
    const statusFilter = page.getByRole('group', { name: 'Claim status' });
    await statusFilter.waitFor({ timeout: 10_000 });
    await statusFilter.getByLabel(/^Source error \(\d+\)$/u).check();
    await page.waitForFunction(() => {
      const pages = new Set([...document.querySelectorAll('.search-result-title a')].map((a) => (a.getAttribute('href') ?? '').split(/[?#]/u)[0]));
      return [...pages].sort().join(' ') === '/claims/ /topics/the-call/';
    });
    await page.close();
  });

  it('works under a sub-path', async () => {
    const sub = await serveStatic(inject('subPathDist'), SUB_PATH);
    const page = await session.browser.newPage();
    await searchFor(page, sub.url, 'Khamenei');
    const hrefs = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(SUB_PATH), href).toBe(true);
    expect(hrefs.some((href) => href.startsWith(`${SUB_PATH}sources/`))).toBe(true);
    await page.close();
    await sub.close();
  });
});
