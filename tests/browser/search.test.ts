/** Search in Chromium: Pagefind finds names in sources, filters, and lands on the passage. */
import { describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../support/static-server.ts';
import { useSiteSession } from '../support/site-session.ts';
import { SUB_PATH } from '../site/build-sites.ts';

const session = useSiteSession(() => inject('seedDist'));

describe('search', () => {
  it('finds a name in the sources from the header search box and lands on the passage', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}topics/the-call/`);
    await page.getByRole('searchbox', { name: 'Search the dossier' }).fill('Witkoff');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Witkoff/u);

    const passage = page.locator('.pagefind-ui__result-nested a[href*="/sources/2025-06-14-fifty-minute-call/"]').first();
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

  it('filters by page type and outlet', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}search/?q=Ushakov`);
    const links = async () => (await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    // Pagefind UI fills its results in one by one: wait for a topic among them rather than reading the first to arrive.
    const topicResult = page.locator('.pagefind-ui__result-link[href^="/topics/"]');
    await topicResult.first().waitFor({ timeout: 10_000 });
    expect((await links()).some((href) => href?.startsWith('/topics/'))).toBe(true);

    await page.getByText('Type', { exact: true }).click();
    // Not the status "Source error": its label starts with the same word.
    await page.getByLabel(/^Source(?! error)/u).check();
    await page.waitForFunction(() => {
      const hrefs = [...document.querySelectorAll('.pagefind-ui__result-link')].map((a) => a.getAttribute('href') ?? '');
      return hrefs.length > 0 && hrefs.every((href) => href.startsWith('/sources/'));
    });
    expect((await links()).length).toBeGreaterThanOrEqual(2);

    await page.getByText('Outlet', { exact: true }).click();
    await expect(page.getByLabel('Unknown', { exact: false }).count()).resolves.toBe(1);
    await page.close();
  });

  it('filters by claim status: source errors are on the claims page and the topic that has them', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}search/?q=Trump`);
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
    await page.getByText('Status', { exact: true }).click();
    await page.getByLabel(/^Source error/u).check();
    await page.waitForFunction(() => {
      const pages = new Set([...document.querySelectorAll('.pagefind-ui__result-link')].map((a) => (a.getAttribute('href') ?? '').split('?')[0]));
      return [...pages].sort().join(' ') === '/claims/ /topics/the-call/';
    });
    await page.close();
  });

  it('works under a sub-path', async () => {
    const sub = await serveStatic(inject('subPathDist'), SUB_PATH);
    const page = await session.browser.newPage();
    await page.goto(`${sub.url}search/?q=Khamenei`);
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
    const hrefs = await page.locator('.pagefind-ui__result a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(SUB_PATH), href).toBe(true);
    expect(hrefs.some((href) => href.startsWith(`${SUB_PATH}sources/`))).toBe(true);
    await page.close();
    await sub.close();
  });
});
