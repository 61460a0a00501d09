/**
 * Layout in Chromium at a phone's, a tablet's and a desktop's size: the dark
 * scheme differs from the light one in colours alone (checked in the style
 * sheets); source pages keep their paragraphs close whatever their notes and
 * a landed quote is highlighted no taller than its own words, light and
 * dark; and no page of the built site, nor any of its tables, scrolls
 * sideways. One page per viewport, reused for every page visited, the scheme
 * switched on it (the site's schemes are CSS media queries).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteSession } from '../support/site-session.ts';
import { longestWordOf, pagesIn as pagesInSite, searchTermOf } from '../support/built-site.ts';
import { MAX_NOTE_OFFSET_PX, marginNotes } from '../support/margin-notes.ts';
import { pagePaths } from '../support/html.ts';

const session = useSiteSession(() => inject('siteDist'));
const dist = inject('siteDist');

const VIEWPORTS = [
  { width: 390, height: 844, phone: true },
  { width: 768, height: 1024, phone: false },
  { width: 1280, height: 800, phone: false },
] as const;
const SCHEMES = ['light', 'dark'] as const;

const pagesIn = (folder: string) => pagesInSite(dist, folder);

const sources = pagesIn('sources');
/** Every page the build made, as a path from the site's root, and a search that finds something. */
const EVERY_PAGE = [
  ...pagePaths(dist),
  `search/?q=${encodeURIComponent(searchTermOf(dist))}`,
];

/**
 * The gaps between consecutive paragraphs of a source page that are more than
 * two lines: from the bottom of one paragraph's text box to the top of the
 * next one's, against twice the text's line height. A heading between two
 * paragraphs makes them not consecutive.
 */
function paragraphGaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll('.source-text > .passage')].map((passage) => ({
      passage,
      text: passage.querySelector(':scope > .passage-text')!,
    }));
    return texts.slice(1).flatMap(({ passage, text }, i) => {
      const before = texts[i]!;
      if (passage.previousElementSibling !== before.passage) return [];
      const gap = text.getBoundingClientRect().top - before.text.getBoundingClientRect().bottom;
      const twoLines = 2 * parseFloat(getComputedStyle(text).lineHeight);
      return gap > twoLines ? [`${before.passage.id} to ${passage.id}: ${Math.round(gap)} px, more than ${twoLines} px`] : [];
    });
  });
}

/**
 * Lands on each quote of a source page (its fragment) and returns what is
 * wrong with the highlight: anything painted in the landing colour must sit
 * within the lines of the quoted words and hold exactly them, and nothing but
 * a run of marked words in the landed paragraph may have a background (it is
 * outlined, not filled).
 */
function landedHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const colourOf = (value: string) => {
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.backgroundColor = value;
      const colour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return colour;
    };
    const landed = colourOf('var(--mark-target)');
    const transparent = colourOf('transparent');
    const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();
    /** The quote's words as a DOM range: offsets count the paragraph's text, not its number. */
    const quoteRange = (id: string): Range => {
      const [, paragraph, start, end] = /^q-(\d+)-(\d+)-(\d+)$/u.exec(id)!.map(Number) as [number, number, number, number];
      const text = document.querySelector(`#p-${paragraph} > .passage-text`)!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement?.closest('.para-num') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const range = document.createRange();
      let offset = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (offset <= start && start < offset + length) range.setStart(node, start - offset);
        if (offset < end && end <= offset + length) range.setEnd(node, end - offset);
        offset += length;
      }
      return range;
    };
    const problems: string[] = [];
    for (const quote of document.querySelectorAll('.source-text .quote[id]')) {
      location.hash = quote.id;
      const words = quoteRange(quote.id);
      const lines = [...words.getClientRects()];
      const top = Math.min(...lines.map((r) => r.top));
      const bottom = Math.max(...lines.map((r) => r.bottom));
      // Everything in the landed paragraph, and every marked run on the page.
      const passage = document.getElementById(`p-${quote.id.split('-')[1]}`)!;
      const candidates = new Set([passage, ...passage.querySelectorAll('*'), ...document.querySelectorAll('.source-text mark')]);
      const painted = [...candidates].filter((el) => getComputedStyle(el).backgroundColor !== transparent);
      const filled = painted.filter((el) => !el.matches('mark'));
      if (filled.length > 0) problems.push(`#${quote.id}: a ${filled[0]!.tagName.toLowerCase()}.${filled[0]!.className} has a background`);
      const highlight = painted.filter((el) => getComputedStyle(el).backgroundColor === landed);
      const boxes = highlight.flatMap((el) => [...el.getClientRects()]);
      const highest = Math.min(...boxes.map((r) => r.top));
      const lowest = Math.max(...boxes.map((r) => r.bottom));
      // A mark's box is its line's: a pixel of rounding either way.
      if (highest < top - 1 || lowest > bottom + 1) {
        problems.push(`#${quote.id}: highlight ${Math.round(lowest - highest)} px tall, its words' lines ${Math.round(bottom - top)} px`);
      }
      const highlighted = squash(highlight.map((el) => el.textContent).join(''));
      if (highlighted !== squash(words.toString())) problems.push(`#${quote.id}: highlights “${highlighted}”, not “${squash(words.toString())}”`);
    }
    return problems;
  });
}

/** For the tests of a describe block, the viewport's one page (shared by every block at that viewport), in `scheme`. */
function useViewport(viewport: { width: number; height: number; phone: boolean }, scheme: (typeof SCHEMES)[number]): { page: Page } {
  const current = {} as { page: Page };
  beforeAll(async () => {
    const { width, height, phone } = viewport;
    current.page = await session.sharedPage({ viewport: { width, height }, reducedMotion: 'reduce', isMobile: phone, hasTouch: phone });
    await current.page.emulateMedia({ colorScheme: scheme });
  });
  return current;
}

describe.each(VIEWPORTS.flatMap((viewport) => SCHEMES.map((scheme) => ({ viewport, scheme }))))('a source page at $viewport.width×$viewport.height, $scheme', ({ viewport, scheme }) => {
  const current = useViewport(viewport, scheme);

  it.each(sources)('/%s keeps consecutive paragraphs within two lines, and a landed quote’s highlight within its words’ lines', async (source) => {
    await current.page.goto(`${session.server.url}${source}`);
    await expect(paragraphGaps(current.page)).resolves.toEqual([]);
    await expect(landedHighlights(current.page)).resolves.toEqual([]);
    // On a wide screen the notes are margin notes, each at its own paragraph.
    if (viewport.width >= 1008) {
      const notes = await current.page.evaluate(marginNotes, MAX_NOTE_OFFSET_PX);
      expect(notes.offsets.length).toBeGreaterThan(0);
      expect(notes.problems).toEqual([]);
    }
  });
});

describe.each(SCHEMES)('the landed quote, %s', (scheme) => {
  const current = useViewport(VIEWPORTS[2], scheme);

  it('is marked in a colour clearly unlike the other cited words', async () => {
    await current.page.goto(`${session.server.url}${sources[0]}`);
    const [cited, landed] = await current.page.evaluate(() => ['var(--mark)', 'var(--mark-target)'].map((value) => {
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.backgroundColor = value;
      const colour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return (colour.match(/\d+/gu) ?? []).slice(0, 3).map(Number);
    }));
    // Distance in RGB: the issue measured 76 between the old pair (246,213,92 and 251,234,165); a clear difference is several times that.
    const distance = Math.hypot(...cited!.map((channel, i) => channel - landed![i]!));
    expect(distance).toBeGreaterThan(120);
  });
});

/**
 * What a reader at this width would have to scroll sideways for, and body
 * text set wider than a readable measure: the page itself, and each table's
 * box (the tables fit at every width, as cards on a phone or as tables wider).
 */
function sidewaysAndMeasure(page: Page): Promise<{ overflow: number; tables: string[]; measure: number }> {
  return page.evaluate(() => {
    // The first paragraph of body text: at most ~80 characters a line (an average character is about half an em).
    const p = document.querySelector('main p:not(.page-kicker)');
    const measure = p ? p.getBoundingClientRect().width / (parseFloat(getComputedStyle(p).fontSize) * 0.5) : 0;
    const tables = [...document.querySelectorAll('.table-wrap')].flatMap((wrap) => {
      const overflow = wrap.scrollWidth - wrap.clientWidth;
      return overflow > 0 ? [`table ${wrap.querySelector('caption, th')?.textContent?.trim()}: ${overflow} px`] : [];
    });
    return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, tables, measure };
  });
}

/**
 * The declarations of the site's style sheets that hold in one colour scheme
 * only (a `prefers-color-scheme` query): how many set a custom property to a
 * colour, and every other, as `selector { property: value }`. With no
 * other, and no script of the site that asks for the scheme, the dark scheme lays every page
 * out as the light one does: the layout walks (below, and
 * preview-geometry.test.ts) run in the light scheme, and this is what would
 * notice the day that stops being true.
 */
function schemeRules(page: Page, styleSheets: readonly string[]): Promise<{ colours: number; beyondColours: string[] }> {
  return page.evaluate((texts) => {
    const problems: string[] = [];
    let colours = 0;
    const visit = (rules: CSSRuleList, inScheme: boolean) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) visit(rule.cssRules, inScheme || rule.conditionText.includes('prefers-color-scheme'));
        else if (rule instanceof CSSGroupingRule) visit(rule.cssRules, inScheme);
        else if (rule instanceof CSSStyleRule && inScheme) {
          for (const property of rule.style) {
            const value = rule.style.getPropertyValue(property).trim();
            if (property.startsWith('--') && CSS.supports('color', value)) colours += 1;
            else problems.push(`${rule.selectorText} { ${property}: ${value} }`);
          }
          if (rule.cssRules.length > 0) problems.push(`${rule.selectorText} nests rules`);
        } else if (inScheme) problems.push(rule.cssText.slice(0, 80));
      }
    };
    for (const text of texts) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      visit(sheet.cssRules, false);
      if (text.includes('light-dark(')) problems.push('light-dark() in a style sheet');
    }
    return { colours, beyondColours: problems };
  }, styleSheets);
}

describe('the colour schemes', () => {
  it('differ in colours alone: in the dark scheme only custom properties change, each to a colour, and no script asks for the scheme', async () => {
    const assets = readdirSync(path.join(dist, '_astro'));
    const styleSheets = assets.filter((file) => file.endsWith('.css')).map((file) => readFileSync(path.join(dist, '_astro', file), 'utf8'));
    const scripts = assets.filter((file) => file.endsWith('.js')).filter((file) => /prefers-color-scheme|colorScheme/u.test(readFileSync(path.join(dist, '_astro', file), 'utf8')));
    expect(styleSheets.length).toBeGreaterThan(0);
    // The dark scheme is there, in the sheet every page loads.
    expect(styleSheets.some((text) => text.includes('prefers-color-scheme:dark') || text.includes('prefers-color-scheme: dark'))).toBe(true);
    const page = await session.sharedPage();
    const { colours, beyondColours } = await schemeRules(page, styleSheets);
    expect(colours).toBeGreaterThan(10);
    expect(beyondColours).toEqual([]);
    expect(scripts).toEqual([]);
  });

  it('would notice a dark rule that sets a length, or anything but a custom property', async () => {
    const page = await session.sharedPage();
    const sheet = '@media (prefers-color-scheme: dark) { :root { --ink: #fff; --measure: 30rem } p { margin: 0; color: red } }';
    expect(await schemeRules(page, [sheet])).toEqual({
      colours: 1,
      beyondColours: [':root { --measure: 30rem }', 'p { margin-top: 0px }', 'p { margin-right: 0px }', 'p { margin-bottom: 0px }', 'p { margin-left: 0px }', 'p { color: red }'],
    });
  });
});

// Each viewport once, every page the build made (and a search with results), in the light scheme: the dark one lays them out the same (above).
describe.each(VIEWPORTS)('every page at $width×$height', (viewport) => {
  const current = useViewport(viewport, 'light');

  it(`scrolls sideways on none of the ${EVERY_PAGE.length} pages, nor does any table, and keeps body text to a readable measure`, async () => {
    const overflowing: string[] = [];
    const wide: string[] = [];
    for (const pathname of EVERY_PAGE) {
      await current.page.goto(`${session.server.url}${pathname}`);
      if (pathname.startsWith('search/?')) await current.page.locator('.search-result').first().waitFor({ timeout: 10_000 });
      const { overflow, tables, measure } = await sidewaysAndMeasure(current.page);
      if (overflow > 0) overflowing.push(`/${pathname}: ${overflow} px`);
      overflowing.push(...tables.map((table) => `/${pathname} ${table}`));
      if (measure > 90) wide.push(`/${pathname}: ${Math.round(measure)} characters`);
    }
    // Every dossier has nine pages at least (home, search, print, claims, timeline, entities, the index of sources, a topic, a source), and the search with results.
    expect(EVERY_PAGE.length).toBeGreaterThanOrEqual(10);
    expect(overflowing).toEqual([]);
    expect(wide).toEqual([]);
  });
});

// Colours, not widths: each scheme once.
describe.each(SCHEMES)('search terms on a source page, %s', (scheme) => {
  const current = useViewport(VIEWPORTS[2], scheme);

  it('are marked unlike cited words and unlike a landed quote, and underlined', async () => {
    const { page } = current;
    await page.goto(`${session.server.url}${sources[0]}?highlight=${encodeURIComponent(longestWordOf(dist, sources[0]!, '.passage-text'))}`);
    await page.locator('.passage-text mark.pagefind-highlight').first().waitFor({ timeout: 10_000 });
    const looks = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      const landed = document.body.appendChild(document.createElement('mark'));
      landed.style.backgroundColor = 'var(--mark-target)';
      const colours = {
        search: style('.passage-text mark.pagefind-highlight').backgroundColor,
        cited: style('.source-text mark.cited').backgroundColor,
        landed: getComputedStyle(landed).backgroundColor,
      };
      landed.remove();
      return { ...colours, underline: style('.passage-text mark.pagefind-highlight').textDecorationLine };
    });
    expect(looks.search).not.toBe(looks.cited);
    expect(looks.search).not.toBe(looks.landed);
    expect(looks.underline).toBe('underline');
  });
});
