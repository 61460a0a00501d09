/** Citations in Chromium: previews on focus and hover, a click lands on the passage, layout at phone and desktop widths. */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteSession } from '../support/site-session.ts';
import { heardText, seenText } from '../support/browser-text.ts';
import { moveMouseThrough } from '../support/browser-input.ts';

const session = useSiteSession(() => inject('seedDist'));

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
    // Scrolling may be smooth; the passage must end up on screen, with room above it.
    await page.waitForFunction(() => {
      const box = document.querySelector(':target')!.getBoundingClientRect();
      return box.top >= 12 && box.top < window.innerHeight;
    }, undefined, { timeout: 5_000 });
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
        shown: [...document.querySelectorAll('.citation-preview, .citation-sheet')].filter((p) => p.checkVisibility()).length,
      }));
      expect(landed.top, `at ${width} px`).toBeGreaterThanOrEqual(landed.height / 4);
      expect(landed.top, `at ${width} px`).toBeLessThan(landed.height / 2);
      expect(landed.shown, `at ${width} px`).toBe(0);
      await page.keyboard.press('Tab');
      const shown = await page.locator('.citation-preview, .citation-sheet').evaluateAll((previews) => previews.filter((p) => p.checkVisibility()).length);
      expect(shown, `at ${width} px`).toBe(1);
    }
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
    // The sheet is named as its marker is heard ("Source 2, paragraph 6").
    const heard = await marker.evaluate(heardText);
    // Chromium's name puts a space where the marker's parts meet ("Source 1 , paragraph 2"): commas may follow one.
    const name = new RegExp(`^${heard.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/,/gu, '\\s*,')}$`, 'u');
    const sheet = page.getByRole('dialog', { name });
    await sheet.waitFor();
    return { page, marker, sheet };
  }

  it('names its marker, the source and the paragraph, links to the passage, and its Close button closes it and gives the marker focus back', async () => {
    const { page, marker, sheet } = await tapped(4);
    const href = (await marker.getAttribute('href'))!;
    // A quote's link goes to its words (#q-<paragraph>-<start>-<end>), a ¶ citation's to the paragraph (#p-<paragraph>).
    const paragraph = href.match(/#[pq]-(\d+)(?:-\d+-\d+)?$/u)![1];
    const source = await page.locator('.citation-preview-source').nth(4).textContent();
    // As seen: without the words for screen readers alone (¶ is shown, "paragraph" heard).
    const text = await sheet.evaluate(seenText);
    expect(text).toContain(source);
    expect(text).toContain(`¶${paragraph}`);
    // Its heading shows what the marker shows ("2 ¶6"), not the words for screen readers alone.
    await expect(page.locator('#citation-sheet-label').evaluate(seenText)).resolves.toBe(await marker.evaluate(seenText));
    await expect(sheet.getByRole('link', { name: 'Open passage' }).getAttribute('href')).resolves.toBe(href);
    await sheet.getByRole('button', { name: 'Close' }).tap();
    await sheet.waitFor({ state: 'hidden' });
    await expect(marker.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
  });

  it('closes when the page scrolls', async () => {
    const { page, sheet } = await tapped(4);
    await page.mouse.wheel(0, 300);
    await sheet.waitFor({ state: 'hidden' });
  });

  it('closes on a swipe down', async () => {
    const { page, sheet } = await tapped(4);
    const box = (await sheet.boundingBox())!;
    const x = box.x + box.width / 2;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: box.y + 20 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: box.y + 60 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: box.y + 120 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await sheet.waitFor({ state: 'hidden' });
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
