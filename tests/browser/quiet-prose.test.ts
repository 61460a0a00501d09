/**
 * Prose not buried in markers, in Chromium: on the briefing and the topic
 * pages, citation markers and marks take a small share of what a reader
 * sees of cited paragraphs; markers follow the punctuation, stand far
 * enough apart for a finger, and the header counts the markers the page has.
 */
import { describe, expect, inject, it } from 'vitest';
import { useSiteSession } from '../support/site-session.ts';
import { pagesIn } from '../support/built-site.ts';
import { UI_UNDER_TEST } from '../support/dossier-under-test.ts';

const session = useSiteSession(() => inject('siteDist'));

const PAGES = ['', ...pagesIn(inject('siteDist'), 'topics')];
const VARIANTS = [
  { width: 390, height: 844, phone: true },
  { width: 800, height: 900, phone: false },
  { width: 1280, height: 800, phone: false },
].flatMap((viewport) => (['light', 'dark'] as const).map((colorScheme) => ({ ...viewport, colorScheme })));

/** The most of the visible characters of cited paragraphs that markers and marks may take. */
const MAX_SHARE = 0.15;

/**
 * In the page: the characters a reader sees in paragraphs and list items
 * that hold citations, and how many of them are markers (their brackets and
 * separators) or marks. Text clipped away for screen readers alone, and
 * previews not open, are not seen.
 */
function visibleShares() {
  const seen = (root: Element): number => {
    let count = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let shown = true;
      for (let element = node.parentElement; element && shown && element !== root.parentElement; element = element.parentElement) {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        if (style.display === 'none' || style.visibility === 'hidden' || (style.overflow !== 'visible' && (box.width <= 1 || box.height <= 1))) shown = false;
      }
      if (shown) count += (node.textContent ?? '').replace(/\s+/gu, ' ').length;
    }
    return count;
  };
  const blocks = [...document.querySelectorAll('main p, main li')].filter((block) => block.querySelector('.citation-group') && !block.querySelector('p, li'));
  let total = 0;
  let markers = 0;
  for (const block of blocks) {
    total += seen(block);
    for (const mark of block.querySelectorAll('.citation-group, .origin-mark')) markers += seen(mark);
  }
  return { blocks: blocks.length, total, markers };
}

describe('cited paragraphs', () => {
  it.each(VARIANTS)('at $width px, $colorScheme: markers and marks take at most 15% of what a reader sees', async ({ width, height, phone, colorScheme }) => {
    const page = await session.sharedPage({ viewport: { width, height }, isMobile: phone, hasTouch: phone, colorScheme });
    const shares: string[] = [];
    for (const pathname of PAGES) {
      await page.goto(`${session.server.url}${pathname}`);
      const { blocks, total, markers } = await page.evaluate(visibleShares);
      expect(blocks, `/${pathname}`).toBeGreaterThan(0);
      const share = markers / total;
      shares.push(`/${pathname}: ${markers} of ${total} characters, ${(100 * share).toFixed(1)}%`);
      expect(share, `/${pathname}`).toBeLessThanOrEqual(MAX_SHARE);
    }
    // The figure, for the record.
    console.log(`Markers and marks at ${width} px, ${colorScheme}:\n  ${shares.join('\n  ')}`);
  });

  it('put markers after the punctuation that ends a clause, never before it', async () => {
    const page = await session.sharedPage({ viewport: { width: 1280, height: 800 } });
    for (const pathname of PAGES) {
      await page.goto(`${session.server.url}${pathname}`);
      const before = await page.locator('.citation-group').evaluateAll((groups) => groups.flatMap((group) => {
        const after = group.nextSibling?.textContent ?? '';
        return /^[.,;:!?](\s|$)/u.test(after) ? [`${group.textContent!.slice(0, 30)}${after.slice(0, 10)}`] : [];
      }));
      expect(before, `/${pathname}`).toEqual([]);
    }
  });

  it('at 390×844 touch, keep neighbouring markers 8 px apart or more, each 24×24 px', async () => {
    const page = await session.sharedPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const close: string[] = [];
    for (const pathname of PAGES) {
      await page.goto(`${session.server.url}${pathname}`);
      close.push(...await page.locator('.citation-group').evaluateAll((groups) => groups.flatMap((group) => {
        const boxes = [...group.querySelectorAll('a.citation-marker')].map((marker) => marker.getBoundingClientRect());
        return boxes.slice(1).flatMap((box, i) => {
          const previous = boxes[i]!;
          // On one line the gap is sideways; a marker that wrapped to the next line is below the one before it.
          const gap = Math.abs(box.top - previous.top) < 2 ? box.left - previous.right : box.top - previous.bottom;
          return gap < 8 || box.width < 24 || box.height < 24 ? [`${group.textContent}: ${Math.round(gap)} px apart`] : [];
        });
      })).then((found) => found.map((problem) => `/${pathname} ${problem}`)));
    }
    expect(close).toEqual([]);
  });

  it('are counted in the topic header as the markers the page has', async () => {
    const page = await session.sharedPage({ viewport: { width: 1280, height: 800 } });
    for (const pathname of PAGES.slice(1)) {
      await page.goto(`${session.server.url}${pathname}`);
      const header = await page.locator('.page-meta').innerText();
      const markers = await page.locator('main a.citation-marker').count();
      expect(header, `/${pathname}`).toContain(`${UI_UNDER_TEST.count('count.citation', markers)} `);
    }
  });
});
