/** Citations in Chromium: previews on focus and hover, a click lands on the passage, layout at phone and desktop widths. */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteSession } from '../support/site-session.ts';
import { heardText, seenText } from '../support/browser-text.ts';
import { moveMouseThrough } from '../support/browser-input.ts';

const session = useSiteSession(() => inject('siteDist'));

/** Opens a page at a width (in the file's shared page for it); at phone widths as a phone, whose layout viewport grows with content that overflows. */
async function open(pathname: string, width = 1280): Promise<Page> {
  const phone = width < 600;
  const page = await session.sharedPage({ viewport: { width, height: 900 }, isMobile: phone, hasTouch: phone });
  await page.goto(`${session.server.url}${pathname}`);
  return page;
}

const centre = (box: { x: number; y: number; width: number; height: number }) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

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
    // The seed's outlets are not named: the preview says so in words.
    expect(text).toContain('Outlet not named · June 2025');
    // Headed by the source's label, title and paragraph, as the marker names them.
    // What a screen reader says of the marker: its text but for the ¶ sign hidden from it.
    const heard = await marker.evaluate(heardText);
    const [, label, paragraph] = /^Source (\d+), paragraph (\d+)$/u.exec(heard)!;
    const heading = await preview.locator('.citation-preview-title').evaluate(seenText);
    expect(heading).toMatch(new RegExp(`^\\[${label}\\] .+, ¶${paragraph}$`, 'u'));
    await expect(preview.locator('mark').count()).resolves.toBe(1);
    // The preview describes the link for screen readers.
    await expect(marker.getAttribute('aria-describedby')).resolves.toBe(await preview.getAttribute('id'));

    await page.keyboard.press('Escape');
    await expect(preview.isVisible()).resolves.toBe(false);

    // A marker far down the page: its preview follows it as focus scrolls it into view, smoothly.
    const far = page.locator('a.citation-marker').nth(12);
    const farPreview = page.locator('.citation-preview').nth(12);
    await far.focus();
    await page.waitForFunction(() => {
      const at = document.activeElement!.getBoundingClientRect();
      return at.top >= 0 && at.bottom <= window.innerHeight;
    });
    await page.waitForTimeout(300);
    const [at, box] = [(await far.boundingBox())!, (await farPreview.boundingBox())!];
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(box.y >= at.y + at.height || box.y + box.height <= at.y, 'the preview is beside its marker, not over it').toBe(true);
  });

  it('opens its preview after a short hover, not as the pointer passes over; it stays open while the pointer moves into it', async () => {
    const page = await open('topics/israel-iran-strikes/');
    const marker = page.locator('a.citation-marker').nth(2);
    const preview = page.locator('.citation-preview').nth(2);
    // Passing over: on the marker and off it again at once.
    await moveMouseThrough(page, [centre((await marker.boundingBox())!), { x: 5, y: 5 }]);
    await expect(preview.isVisible()).resolves.toBe(false);
    await page.waitForTimeout(400);
    await expect(preview.isVisible()).resolves.toBe(false);

    await marker.hover();
    await preview.waitFor({ state: 'visible' });
    // Into the preview, across the gap between them, and a while there.
    const from = centre((await marker.boundingBox())!);
    const to = centre((await preview.boundingBox())!);
    await moveMouseThrough(page, Array.from({ length: 8 }, (_, i) => ({ x: from.x + ((to.x - from.x) * (i + 1)) / 8, y: from.y + ((to.y - from.y) * (i + 1)) / 8 })));
    await page.waitForTimeout(600);
    await expect(preview.isVisible()).resolves.toBe(true);
    // Away from both: it closes.
    await page.mouse.move(5, 5);
    await preview.waitFor({ state: 'hidden' });
  });

  it('opens one preview at a time: hovering one marker closes the preview a keyboard focus opened', async () => {
    const page = await open('topics/the-call/');
    await page.locator('a.citation-marker').nth(0).focus();
    await page.locator('.citation-preview').nth(0).waitFor({ state: 'visible' });
    // The page's last marker, far from the open preview, so that nothing covers it from the pointer.
    const last = page.locator('a.citation-marker').last();
    await last.hover();
    await page.locator(`#${await last.getAttribute('aria-describedby')}`).waitFor({ state: 'visible' });
    const shown = await page.locator('.citation-preview').evaluateAll((previews) => previews.filter((p) => p.checkVisibility()).length);
    expect(shown).toBe(1);
  });

  it('opens its preview, as a sheet, on a first tap and follows the link on the second', async () => {
    const page = await session.sharedPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.goto(`${session.server.url}topics/ukraine-prisoner-swaps/`);
    const marker = page.locator('a.citation-marker').first();
    const href = await marker.getAttribute('href');
    await marker.tap();
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe('/topics/ukraine-prisoner-swaps/');
    await marker.tap();
    await page.waitForURL((url) => url.pathname + url.hash === href);
  });

  it('lands, from the panel a click opens, on the highlighted passage of the source', async () => {
    const page = await open('topics/the-call/');
    const marker = page.locator('a.citation-marker').nth(4);
    const quoted = (await page.locator('.citation-preview').nth(4).locator('mark').innerText()).trim();
    const href = (await marker.getAttribute('href'))!;
    await marker.click();
    // The click opens the passage in place; the page stays.
    const panel = page.getByRole('dialog');
    await panel.waitFor();
    expect(new URL(page.url()).pathname).toBe('/topics/the-call/');
    await panel.getByRole('link', { name: 'Open the passage in its source' }).click();
    await page.waitForURL((url) => url.pathname + url.hash === href);
    const target = page.locator(':target');
    await expect(target.count()).resolves.toBe(1);
    await expect(target.getAttribute('id')).resolves.toBe(href.split('#')[1]);
    // The quoted words are marked in the passage, and the passage is on screen.
    const marks = await target.locator('mark.cited').allInnerTexts();
    expect(marks.join(' ')).toContain(quoted.slice(0, 20));
    // Scrolling may be smooth; the passage must end up on screen, with room above it.
    await page.waitForFunction(() => {
      const box = document.querySelector(':target')!.getBoundingClientRect();
      return box.top >= 12 && box.top < window.innerHeight;
    }, undefined, { timeout: 5_000 });
  });

  it('follows its link on a middle or modified click, and on a click of the marker whose panel is open', async () => {
    const page = await open('topics/the-call/');
    const marker = page.locator('a.citation-marker').nth(2);
    const href = (await marker.getAttribute('href'))!;
    // A modified click opens a new tab, as a link does: the page itself neither moves nor opens the panel.
    const [tab] = await Promise.all([page.context().waitForEvent('page'), marker.click({ modifiers: ['ControlOrMeta'] })]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname + new URL(tab.url()).hash).toBe(href);
    await tab.close();
    await expect(page.locator('.citation-panel').isVisible()).resolves.toBe(false);
    await marker.click();
    await page.getByRole('dialog').waitFor();
    await marker.click();
    await page.waitForURL((url) => url.pathname + url.hash === href);
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

describe('landing on a marker', () => {
  const SOURCE = 'sources/2025-06-14-birthday-call-lengthy-and-substantive/';
  it.each([
    ['a click on a backlink of the sources list', 'topics/the-call/', (page: Page) => page.locator('.source-list .backlinks a').nth(2).click()],
    ['Enter on a backlink of the sources list', 'topics/the-call/', async (page: Page) => {
      await page.locator('.source-list .backlinks a').nth(3).focus();
      await page.keyboard.press('Enter');
    }],
    ['“Cited in” on a source page', SOURCE, async (page: Page) => {
      const citedIn = page.locator('a[href*="#cite-ref-"]').first();
      // The places citing a paragraph are folded (under it on a phone, in the margin on a wide screen); opening them is tested in source-links.test.ts.
      await citedIn.evaluate((link) => {
        for (let fold = link.closest('details'); fold; fold = fold.parentElement?.closest('details') ?? null) fold.open = true;
      });
      await citedIn.click();
    }],
  ] as const)('from %s leaves room above the marker for its sentence and opens no preview; Tab then opens one', async (_from, pathname, follow) => {
    for (const width of [390, 1280]) {
      // Without smooth scrolling, to measure where the page lands rather than where it is on its way.
      const page = await session.sharedPage({ viewport: { width, height: 900 }, isMobile: width < 600, hasTouch: width < 600, reducedMotion: 'reduce' });
      await page.goto(`${session.server.url}${pathname}`);
      await follow(page);
      await page.waitForURL((url) => url.hash.startsWith('#cite-ref-'));
      await page.locator('a.citation-marker:target').waitFor();
      // Focus lands on the marker with the fragment (Chromium's way); a while for any preview to open.
      await page.waitForTimeout(300);
      const landed = await page.evaluate(() => ({
        top: document.querySelector(':target')!.getBoundingClientRect().top,
        height: document.documentElement.clientHeight,
        shown: [...document.querySelectorAll('.citation-preview, .citation-panel')].filter((p) => p.checkVisibility()).length,
      }));
      expect(landed.top, `at ${width} px`).toBeGreaterThanOrEqual(landed.height / 4);
      expect(landed.top, `at ${width} px`).toBeLessThan(landed.height / 2);
      expect(landed.shown, `at ${width} px`).toBe(0);
      await page.keyboard.press('Tab');
      const shown = await page.locator('.citation-preview, .citation-panel').evaluateAll((previews) => previews.filter((p) => p.checkVisibility()).length);
      expect(shown, `at ${width} px`).toBe(1);
    }
  });
});

describe('landing on a passage', () => {
  it('at 390×844 shows the first line of its paragraph, with the quoted words, for every passage a topic page cites', async () => {
    const page = await session.sharedPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
    await page.goto(`${session.server.url}topics/the-call/`);
    const hrefs = [...new Set(await page.locator('a.citation-marker').evaluateAll((links) => links.map((link) => link.getAttribute('href')!)))];
    expect(hrefs.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const href of hrefs) {
      await page.goto(new URL(href, session.server.url).href);
      // Two frames: the page's own adjustment runs in the frame after the browser's scroll to the fragment.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const landed = await page.evaluate(() => {
        const target = document.querySelector(':target')!;
        const text = target.closest('.passage')!.querySelector(':scope > .passage-text')!.getBoundingClientRect();
        const words = target.getBoundingClientRect();
        return { top: text.top, wordsTop: words.top, wordsBottom: words.bottom, height: document.documentElement.clientHeight };
      });
      if (landed.top < 0 || landed.top > landed.height / 2) problems.push(`${href}: the paragraph starts at ${Math.round(landed.top)} px`);
      if (landed.wordsTop < 0 || landed.wordsTop > landed.height) problems.push(`${href}: the words are at ${Math.round(landed.wordsTop)} px`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the phone sheet', () => {
  async function tapped(index: number, scrollMarkerTo?: number) {
    const page = await session.sharedPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
    await page.goto(`${session.server.url}topics/the-call/`);
    const marker = page.locator('a.citation-marker').nth(index);
    if (scrollMarkerTo !== undefined) {
      await marker.evaluate((element, y) => window.scrollBy(0, element.getBoundingClientRect().top - y), scrollMarkerTo);
      const box = (await marker.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    } else {
      await marker.tap();
    }
    const sheet = page.getByRole('dialog');
    await sheet.waitFor();
    return { page, marker, sheet };
  }

  it('is named by the source and the paragraph, links to the passage, and its Close button closes it and gives the marker focus back', async () => {
    const { page, marker, sheet } = await tapped(4);
    const href = (await marker.getAttribute('href'))!;
    // A quote's link goes to its words (#q-<paragraph>-<start>-<end>), a ¶ citation's to the paragraph (#p-<paragraph>).
    const paragraph = href.match(/#[pq]-(\d+)(?:-\d+-\d+)?$/u)![1];
    const source = await page.locator('.citation-preview-source').nth(4).textContent();
    const text = await sheet.evaluate(seenText);
    expect(text).toContain(source);
    // Its name is the source's label, title and paragraph, whether or not the marker shows the source's number.
    const title = await page.locator('.citation-preview-title').nth(4).evaluate(seenText);
    expect(title).toMatch(new RegExp(`^\\[\\d+\\] .+, ¶${paragraph}$`, 'u'));
    await expect(page.locator('#citation-panel-title').evaluate(seenText)).resolves.toBe(title);
    await expect(sheet.getByRole('link', { name: 'Open the passage in its source' }).getAttribute('href')).resolves.toBe(new URL(href, session.server.url).href);
    await sheet.getByRole('button', { name: 'Close' }).tap();
    await sheet.waitFor({ state: 'hidden' });
    await expect(marker.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
  });

  it('stays open on a small scroll and closes on a deliberate one (a third of its height)', async () => {
    const { page, sheet } = await tapped(4);
    const height = (await sheet.boundingBox())!.height;
    await page.evaluate(() => window.scrollBy({ top: 12, behavior: 'instant' }));
    await page.waitForTimeout(100);
    await expect(sheet.isVisible()).resolves.toBe(true);
    await page.mouse.wheel(0, Math.ceil(height / 3) + 40);
    await sheet.waitFor({ state: 'hidden' });
  });

  it('closes on a swipe down, giving the marker focus back from inside it', async () => {
    const { page, marker, sheet } = await tapped(4);
    await expect(sheet.evaluate((element) => element.contains(document.activeElement))).resolves.toBe(true);
    const box = (await sheet.boundingBox())!;
    const x = box.x + box.width / 2;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: box.y + 20 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: box.y + 60 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: box.y + 120 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await sheet.waitFor({ state: 'hidden' });
    await expect(marker.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await cdp.detach();
  });

  it('scrolls a marker it would cover above it', async () => {
    // The marker near the bottom of the screen, where the sheet opens.
    const { marker, sheet } = await tapped(10, 780);
    const [at, box] = [(await marker.boundingBox())!, (await sheet.boundingBox())!];
    expect(at.y).toBeGreaterThanOrEqual(0);
    expect(at.y + at.height).toBeLessThanOrEqual(box.y);
  });
});

describe('the citation panel', () => {
  const VIEWPORTS = [
    { width: 390, height: 844, phone: true },
    { width: 800, height: 900, phone: false },
    { width: 1280, height: 800, phone: false },
  ] as const;
  it.each(VIEWPORTS.flatMap((viewport) => (['light', 'dark'] as const).map((colorScheme) => ({ ...viewport, colorScheme }))))(
    'at $width px, $colorScheme: opens in place with the quoted words in their paragraph, steps through the citations, and Escape gives the marker focus back',
    async ({ width, height, phone, colorScheme }) => {
      const page = await session.sharedPage({ viewport: { width, height }, isMobile: phone, hasTouch: phone, colorScheme, reducedMotion: 'reduce' });
      await page.goto(`${session.server.url}topics/the-call/`);
      const markers = page.locator('a.citation-marker');
      const count = await markers.count();
      // A marker that quotes words: its preview marks them.
      const index = await page.locator('.citation-preview').evaluateAll((previews) => previews.findIndex((p, i) => i > 0 && p.querySelector('mark')));
      const marker = markers.nth(index);
      const quoted = (await page.locator('.citation-preview').nth(index).locator('mark').innerText()).trim();
      if (phone) await marker.tap();
      else await marker.click();
      const panel = page.getByRole('dialog');
      await panel.waitFor();
      expect(new URL(page.url()).pathname).toBe('/topics/the-call/');
      // The paragraph comes from its source page: the quoted words picked out, inside the whole paragraph.
      const picked = panel.locator('.citation-panel-passage mark.is-quoted');
      await picked.first().waitFor();
      expect((await picked.allInnerTexts()).join('').replace(/\s+/gu, ' ')).toContain(quoted.replace(/\s+/gu, ' ').slice(0, 30));
      const paragraph = (await panel.locator('.citation-panel-passage').innerText()).replace(/\s+/gu, ' ');
      expect(paragraph.length).toBeGreaterThan(quoted.length);
      // Inside the viewport, off its marker; focus in it.
      const viewport = { width: await page.evaluate(() => document.documentElement.clientWidth), height };
      const [box, at] = [(await panel.boundingBox())!, (await marker.boundingBox())!];
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      const overlaps = box.x < at.x + at.width && at.x < box.x + box.width && box.y < at.y + at.height && at.y < box.y + box.height;
      expect(overlaps, 'the panel covers its marker').toBe(false);
      await expect(panel.evaluate((element) => element.contains(document.activeElement))).resolves.toBe(true);
      // Markers say they open a dialog, and which is open.
      await expect(marker.getAttribute('aria-haspopup')).resolves.toBe('dialog');
      await expect(marker.getAttribute('aria-expanded')).resolves.toBe('true');
      // Next and previous move through the page's citations.
      const titleOf = (n: number) => page.locator('.citation-preview-title').nth(n).evaluate(seenText);
      const title = page.locator('#citation-panel-title');
      await expect(title.evaluate(seenText)).resolves.toBe(await titleOf(index));
      await expect(panel.locator('.citation-panel-position').innerText()).resolves.toBe(`${index + 1} of ${count}`);
      await panel.getByRole('button', { name: 'Next citation' }).click();
      await expect(title.evaluate(seenText)).resolves.toBe(await titleOf(index + 1));
      await expect(panel.locator('.citation-panel-position').innerText()).resolves.toBe(`${index + 2} of ${count}`);
      await expect(markers.nth(index + 1).getAttribute('aria-expanded')).resolves.toBe('true');
      await panel.getByRole('button', { name: 'Previous citation' }).click();
      await panel.getByRole('button', { name: 'Previous citation' }).click();
      await expect(title.evaluate(seenText)).resolves.toBe(await titleOf(index - 1));
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'hidden' });
      await expect(markers.nth(index - 1).evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    },
  );

  it('opens on a tap on an 800 px touch screen, with its Close button and its link to the passage', async () => {
    const page = await session.sharedPage({ viewport: { width: 800, height: 1280 }, hasTouch: true, isMobile: true });
    await page.goto(`${session.server.url}topics/israel-iran-strikes/`);
    const marker = page.locator('a.citation-marker').nth(3);
    await marker.tap();
    const panel = page.getByRole('dialog');
    await panel.waitFor();
    await expect(panel.getByRole('link', { name: 'Open the passage in its source' }).getAttribute('href')).resolves.toBe(new URL((await marker.getAttribute('href'))!, session.server.url).href);
    await panel.getByRole('button', { name: 'Close' }).tap();
    await panel.waitFor({ state: 'hidden' });
  });

  it('opens from the keyboard: Enter on a marker moves focus into it, Escape back to the marker', async () => {
    const page = await open('topics/ukraine-prisoner-swaps/');
    const marker = page.locator('a.citation-marker').nth(1);
    await marker.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog');
    await panel.waitFor();
    await expect(panel.evaluate((element) => element.contains(document.activeElement))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    await expect(marker.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
  });
});

// Widths, sideways scrolling and the measure of every kind of page: geometry.test.ts.
describe('layout', () => {
  it.each([
    { width: 390, height: 844, phone: true },
    { width: 1280, height: 800, phone: false },
  ])('the home page leads with its bottom line: on the first screen of $width×$height, the information cut-off and the first judgment, its confidence shown; every judgment states its confidence', async ({ width, height, phone }) => {
    const context = await session.browser.newContext({ viewport: { width, height }, isMobile: phone, hasTouch: phone });
    const page = await context.newPage();
    await page.goto(session.server.url);
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    const cutOff = page.locator('.page-meta strong').first();
    expect(await cutOff.innerText()).toMatch(/^Information as of \d{1,2} \w+ \d{4}$/u);
    expect((await cutOff.boundingBox())!.y + (await cutOff.boundingBox())!.height).toBeLessThanOrEqual(height);
    const heading = page.locator('main h2').first();
    expect(await heading.innerText()).toBe('Bottom line');
    const judgments = page.locator('main li.judgment');
    const first = (await judgments.first().boundingBox())!;
    const label = await box('main li.judgment .confidence');
    // The first judgment's confidence and its opening lines are on the first screen; on a desktop, all of it.
    expect(label.y + label.height).toBeLessThanOrEqual(height);
    expect(first.y + (phone ? 3 * 27 : first.height)).toBeLessThanOrEqual(height);
    const labels = await judgments.evaluateAll((items) => items.map((item) => {
      const confidence = item.querySelector('.confidence') as HTMLElement | null;
      return confidence && confidence.offsetWidth > 0 ? confidence.innerText : '(none shown)';
    }));
    expect(labels.length).toBeGreaterThanOrEqual(3);
    for (const text of labels) expect(text).toMatch(/^(HIGH|MODERATE|LOW) CONFIDENCE\.$/iu);
    await context.close();
  });
});
