/** Citations in Chromium: previews on focus and hover, a click lands on the passage, layout at phone and desktop widths. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteSession } from '../support/site-session.ts';
import { htmlFiles } from '../support/html.ts';

const session = useSiteSession(() => inject('seedDist'));

/** Every page with citation markers (the briefing and the topics), by URL path. */
function pagesWithMarkers(): string[] {
  const dist = inject('seedDist');
  return htmlFiles(dist)
    .filter((file) => readFileSync(path.join(dist, file), 'utf8').includes('class="citation-marker"'))
    .map((file) => file.replace(/(^|\/)index\.html$/u, '$1'))
    .sort();
}

/** Opens a page at a width; at phone widths as a phone, whose layout viewport grows with content that overflows. */
async function open(pathname: string, width = 1280): Promise<Page> {
  const phone = width < 600;
  const page = await session.browser.newPage({ viewport: { width, height: 900 }, isMobile: phone, hasTouch: phone });
  await page.goto(`${session.server.url}${pathname}`);
  return page;
}

describe('a citation on a topic page', () => {
  it('opens its preview on keyboard focus, and Escape closes it', async () => {
    const page = await open('topics/the-call/');
    const marker = page.locator('a.citation-marker').first();
    const preview = page.locator('.citation-preview').first();
    await expect(preview.isVisible()).resolves.toBe(false);

    // Tab from the top until the first citation marker has focus.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await marker.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(marker.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(preview.isVisible()).resolves.toBe(true);
    const text = await preview.innerText();
    expect(text).toContain('Unknown · June 2025');
    // Headed by the source's label, title and paragraph, as the marker names them.
    // What a screen reader says of the marker: its text but for the ¶ sign hidden from it.
    const heard = await marker.evaluate((element) => [...element.querySelectorAll('[aria-hidden="true"]')].reduce((text, hidden) => text.replace(hidden.textContent!, ''), element.textContent!));
    const [, label, paragraph] = /^Source (\d+), paragraph (\d+)$/u.exec(heard)!;
    const heading = await preview.locator('.citation-preview-title').evaluate((element) => {
      const seen = element.cloneNode(true) as Element;
      for (const hidden of seen.querySelectorAll('.visually-hidden')) hidden.remove();
      return seen.textContent!;
    });
    expect(heading).toMatch(new RegExp(`^\\[${label}\\] .+, ¶${paragraph}$`, 'u'));
    await expect(preview.locator('mark').count()).resolves.toBe(1);
    // The preview describes the link for screen readers.
    await expect(marker.getAttribute('aria-describedby')).resolves.toBe(await preview.getAttribute('id'));

    await page.keyboard.press('Escape');
    await expect(preview.isVisible()).resolves.toBe(false);
    await page.close();
  });

  it.each(pagesWithMarkers())('every marker on /%s opens its own preview on keyboard focus, on screen, and Escape closes it', async (pathname) => {
    const page = await open(pathname);
    const markers = await page.locator('a.citation-marker').count();
    expect(markers).toBeGreaterThan(0);
    const problems: string[] = [];
    let reached = 0;
    // Tab through the whole page; stop when focus leaves it or every marker was reached.
    for (let i = 0; i < 2_000 && reached < markers; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return 'left the page';
        if (!element.matches('a.citation-marker')) return undefined;
        const own = document.getElementById(element.getAttribute('aria-describedby') ?? '');
        const shown = [...document.querySelectorAll('.citation-preview')].filter((p) => getComputedStyle(p).display !== 'none');
        const box = own?.getBoundingClientRect();
        return {
          marker: element.textContent ?? '',
          ownShown: own !== null && shown.length === 1 && shown[0] === own,
          onScreen: box !== undefined && box.left >= 0 && box.right <= document.documentElement.clientWidth,
        };
      });
      if (focused === 'left the page') break;
      if (!focused) continue;
      reached += 1;
      if (!focused.ownShown) problems.push(`marker ${focused.marker}: its own preview, and only it, should show`);
      if (!focused.onScreen) problems.push(`marker ${focused.marker}: the preview runs off the side of the screen`);
      await page.keyboard.press('Escape');
      const stillShown = await page.locator('.citation-preview').evaluateAll((previews) => previews.filter((p) => getComputedStyle(p).display !== 'none').length);
      if (stillShown > 0) problems.push(`marker ${focused.marker}: Escape left a preview open`);
    }
    expect(reached).toBe(markers);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens its preview on hover', async () => {
    const page = await open('topics/israel-iran-strikes/');
    const preview = page.locator('.citation-preview').nth(2);
    await page.locator('a.citation-marker').nth(2).hover();
    await expect(preview.isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('opens its preview on a first tap and follows the link on the second', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${session.server.url}topics/ukraine-prisoner-swaps/`);
    const marker = page.locator('a.citation-marker').first();
    const href = await marker.getAttribute('href');
    await marker.tap();
    await expect(page.locator('.citation-preview').first().isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe('/topics/ukraine-prisoner-swaps/');
    if (process.env['SCREENSHOT_DIR']) await page.screenshot({ path: path.join(process.env['SCREENSHOT_DIR'], 'topic-390-preview.png') });
    await marker.tap();
    await page.waitForURL((url) => url.pathname + url.hash === href);
    await context.close();
  });

  it('lands, on click, on the highlighted passage of the source', async () => {
    const page = await open('topics/the-call/');
    const marker = page.locator('a.citation-marker').nth(4);
    const quoted = (await page.locator('.citation-preview').nth(4).locator('mark').innerText()).trim();
    const href = (await marker.getAttribute('href'))!;
    await marker.click();
    await page.waitForURL((url) => url.pathname + url.hash === href);
    const target = page.locator(':target');
    await expect(target.count()).resolves.toBe(1);
    await expect(target.getAttribute('id')).resolves.toBe(href.split('#')[1]);
    // The quoted words are marked in the passage, and the passage is on screen.
    const marks = await target.locator('mark.cited').allInnerTexts();
    expect(marks.join(' ')).toContain(quoted.slice(0, 20));
    // Scrolling may be smooth; the passage must end up on screen.
    await page.waitForFunction(() => {
      const box = document.querySelector(':target')!.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    }, undefined, { timeout: 5_000 });
    await page.close();
  });

  it('works without JavaScript: marker links and the sources list', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.url}topics/the-call/`);
    const markers = await page.locator('a.citation-marker').count();
    expect(markers).toBeGreaterThanOrEqual(15);
    await page.locator('.source-list .backlinks a').first().click();
    expect(new URL(page.url()).hash).toBe('#cite-ref-1');
    await context.close();
  });
});

describe('layout', () => {
  it.each([
    ['home', ''],
    ['topic', 'topics/the-call/'],
    ['source', 'sources/2025-06-14-birthday-call-lengthy-and-substantive/'],
    ['claims', 'claims/'],
    ['timeline', 'timeline/'],
    ['entity', 'entities/yuri-ushakov/'],
  ])('%s page fits a 390 px phone and a 1440 px screen', async (name, pathname) => {
    for (const width of [390, 1440]) {
      const page = await open(pathname, width);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
      // Body text keeps a readable measure: at most ~80 characters a line.
      const measure = await page.evaluate(() => {
        const p = document.querySelector('main p:not(.page-kicker)');
        if (!p) return 0;
        const style = getComputedStyle(p);
        return p.getBoundingClientRect().width / (parseFloat(style.fontSize) * 0.5);
      });
      expect(measure).toBeLessThanOrEqual(90);
      await page.close();
    }
  });

  it('the home page shows its topics above the fold of a 1280×800 screen', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(session.server.url);
    const cards = await page.locator('section[aria-labelledby="topics-heading"] .card').evaluateAll((list) => list.map((card) => card.getBoundingClientRect().toJSON() as DOMRect));
    expect(cards).toHaveLength(3);
    // Each card's title and summary are on the first screen, not only its top edge.
    for (const card of cards) expect(card.top + 120, JSON.stringify(card)).toBeLessThanOrEqual(800);
    await context.close();
  });
});
