/**
 * Accessibility in Chromium, on one page of every kind the build produced:
 * axe-core finds no WCAG 2.2 AA or best-practice violation in the light and
 * dark schemes at phone and desktop widths; the keyboard reaches everything
 * with a visible focus, starting with a skip link; headings and landmarks
 * give the page an outline; the reader's motion and colour preferences hold.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';
import { useSiteSession } from '../support/site-session.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { pagePaths } from '../support/html.ts';
import { pressTab } from '../support/browser-input.ts';
import { pagesIn, searchTermOf } from '../support/built-site.ts';
import { UI_UNDER_TEST } from '../support/dossier-under-test.ts';

const session = useSiteSession(() => inject('siteDist'));

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
};
/**
 * The rules a colour scheme can change: the site's schemes are colours
 * alone (CSS media queries), so in the second scheme only these can find
 * anything the first did not.
 */
const AXE_COLOUR_OPTIONS: RunOptions = { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } };

/** Words from the dossier, so that the search page shows results. */
const SEARCH_TERM = searchTermOf(inject('siteDist'));

/**
 * One page of each kind the build produced, by kind ("topics/*" for all
 * topic pages, "claims/" for the ledger's contents, "claims/*" for its
 * parts) and URL path: so a new
 * kind of page is checked as soon as it is built.
 */
function pageKinds(dist: string): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const url of pagePaths(dist)) {
    const segments = url.split('/').filter(Boolean);
    const kind = segments.length > 1 ? `${segments[0]}/*` : url;
    if (!kinds.has(kind)) kinds.set(kind, url);
  }
  // Search with results showing.
  if (kinds.has('search/')) kinds.set('search/', `search/?q=${encodeURIComponent(SEARCH_TERM)}`);
  return kinds;
}

const KINDS = pageKinds(inject('siteDist'));
// An entity's page when the dossier lists entities (the seed does; a new dossier may not yet).
const REQUIRED_KINDS = ['', 'topics/*', 'sources/*', 'search/', 'claims/', 'claims/*', 'timeline/', 'entities/', ...(pagesIn(inject('siteDist'), 'entities').length > 0 ? ['entities/*'] : [])];
const kindCases = [...KINDS].map(([kind, url]) => [kind === '' ? 'home' : kind, url] as const);

const WIDTHS = [390, 1440] as const;
const SCHEMES = ['light', 'dark'] as const;

/** A browser context as a reader's: at phone widths a touch phone. CSP is bypassed only so that axe can be injected. */
function contextOptions(width: number): BrowserContextOptions {
  const phone = width < 600;
  return { bypassCSP: true, viewport: { width, height: 900 }, isMobile: phone, hasTouch: phone };
}

/** Opens a page (of the seed site, or of another served one) and waits until it shows what a reader came for: on the search page, results. */
async function openPage(page: Page, url: string, server: StaticServer = session.server): Promise<void> {
  await page.goto(`${server.url}${url}`);
  if (url.startsWith('search/')) await page.locator('.search-result').first().waitFor({ timeout: 10_000 });
}

/** Every axe violation on the page as it is now, one line per element. */
function axeViolations(page: Page, axeOptions: RunOptions = AXE_OPTIONS): Promise<string[]> {
  return page.evaluate(async (options) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, options);
    return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact ?? 'unknown'}) at ${node.target.join(' ')}: ${v.help}`));
  }, axeOptions);
}

/**
 * axe's violations on `url`, after `act` if given, at phone and desktop
 * widths in the light and the dark scheme; each line names its variant.
 * The scheme is switched on the open page: the site's colours are CSS media
 * queries alone, so a reload would show the same, at the price of opening
 * the page and injecting axe once more. Each width has one page, which
 * every variant navigates.
 */
async function violationsInEveryVariant(url: string, act?: (page: Page) => Promise<unknown>): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    const page = await session.sharedPage(contextOptions(width));
    await openPage(page, url);
    await act?.(page);
    await page.addScriptTag({ content: AXE_SOURCE });
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, colorScheme), colorScheme).toBe(true);
      const options = colorScheme === SCHEMES[0] ? AXE_OPTIONS : AXE_COLOUR_OPTIONS;
      for (const violation of await axeViolations(page, options)) found.push(`${colorScheme} ${width}px: ${violation}`);
    }
  }
  return found;
}

/** An rgb()/rgba() colour's relative luminance, as WCAG defines it. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/gu) ?? []).slice(0, 3).map((channel) => {
    const c = Number(channel) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

interface Focused {
  readonly what: string;
  readonly style: string;
  readonly width: number;
}

/**
 * Installs, in the page, a log of what has focus after each Tab key and
 * its outline (null once focus has left the page's elements), read at the
 * element's moment of focus, so the walk needs no round trip per key.
 */
function recordTabWalk(): void {
  const walk: (Focused | null)[] = [];
  (window as unknown as { tabWalk: typeof walk }).tabWalk = walk;
  document.addEventListener('keyup', (event) => {
    if (event.key !== 'Tab') return;
    const element = document.activeElement;
    if (!element || element === document.body) {
      walk.push(null);
      return;
    }
    const style = getComputedStyle(element);
    walk.push({ what: element.outerHTML.slice(0, 120), style: style.outlineStyle, width: parseFloat(style.outlineWidth) });
  }, true);
}

const TAB_BATCH = 100;
const MAX_TABS = 2_000;

/** Presses Tab until focus leaves the page's elements; returns every element it reached, in order. */
async function walkWithTab(page: Page): Promise<Focused[]> {
  await page.evaluate(recordTabWalk);
  for (let pressed = 0; pressed < MAX_TABS; pressed += TAB_BATCH) {
    await pressTab(page, TAB_BATCH);
    const walk = await page.evaluate(() => (window as unknown as { tabWalk: (Focused | null)[] }).tabWalk);
    const end = walk.indexOf(null);
    // Past the last element focus leaves them: a null, or keys that no longer reach the page.
    if (end !== -1 || walk.length < pressed + TAB_BATCH) return (end === -1 ? walk : walk.slice(0, end)) as Focused[];
  }
  throw new Error(`Tab did not leave the page's elements within ${MAX_TABS} presses`);
}

describe('axe-core', () => {
  it('covers every kind of page', () => {
    expect([...KINDS.keys()]).toEqual(expect.arrayContaining(REQUIRED_KINDS));
  });

  it.each(kindCases)('finds no violation on the %s page (/%s), light and dark, 390 px and 1440 px', async (_kind, url) => {
    expect(await violationsInEveryVariant(url)).toEqual([]);
  });

  it.each([
    ['an open citation preview', KINDS.get('topics/*')!, (page: Page) => page.locator('a.citation-marker').first().focus()],
    ['the citation panel open, its passage come', KINDS.get('topics/*')!, async (page: Page) => {
      await page.locator('a.citation-marker').nth(1).click();
      await page.locator('.citation-panel-passage .passage-text').waitFor();
    }],
    ['a cited passage landed on from its marker', KINDS.get('topics/*')!, async (page: Page) => {
      await page.locator('a.citation-marker').first().click();
      await page.getByRole('link', { name: UI_UNDER_TEST.text('panel.open') }).click();
      await page.waitForURL((landed) => landed.pathname.includes('/sources/'));
    }],
    ['the skip link shown', '', (page: Page) => page.keyboard.press('Tab')],
  ] as const)('finds no violation with %s, light and dark, 390 px and 1440 px', async (_state, url, act) => {
    expect(await violationsInEveryVariant(url, act)).toEqual([]);
  });
});

describe('axe-core on the German dossier (tests/fixtures/dossiers/de-hafen)', () => {
  // Served beside the seed site and browsed by the same Chromium: its words, longer and other, fill the same markup.
  let german: StaticServer;
  beforeAll(async () => {
    german = await serveStatic(inject('germanDist'));
  });
  afterAll(() => german.close());

  const germanKinds = pageKinds(inject('germanDist'));
  germanKinds.set('entities/*', 'entities/anja-reimers/');
  germanKinds.set('search/', 'search/?q=Kaimauer');

  it('finds no violation on any kind of its pages, the citation panel open on a topic, at 390 px', async () => {
    expect([...germanKinds.keys()]).toEqual(expect.arrayContaining(REQUIRED_KINDS));
    const page = await session.sharedPage(contextOptions(WIDTHS[0]));
    const found: string[] = [];
    for (const url of [...germanKinds.values(), 'topics/kaimauer/#panel']) {
      await openPage(page, url.replace('#panel', ''), german);
      if (url.endsWith('#panel')) {
        await page.locator('a.citation-marker').first().click();
        await page.getByRole('link', { name: 'Die Passage in ihrer Quelle öffnen' }).waitFor();
      }
      await page.addScriptTag({ content: AXE_SOURCE });
      for (const violation of await axeViolations(page)) found.push(`/${url}: ${violation}`);
    }
    expect(found).toEqual([]);
  });
});

describe('keyboard', () => {
  it.each(kindCases)('on the %s page (/%s), everything Tab reaches shows a focus outline', async (_kind, url) => {
    const page = await session.sharedPage();
    await openPage(page, url);
    const reached = await walkWithTab(page);
    expect(reached.length).toBeGreaterThan(5);
    const unmarked = reached.filter((f) => f.style === 'none' || f.width < 2).map((f) => `${f.what} (outline ${f.style} ${f.width}px)`);
    expect(unmarked).toEqual([]);
  });

  it('the focus outline stands out from the page, light and dark', async () => {
    const page = await session.sharedPage();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openPage(page, '');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const colors = await page.evaluate(() => ({
        outline: getComputedStyle(document.activeElement!).outlineColor,
        header: getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
        page: getComputedStyle(document.body).backgroundColor,
      }));
      // WCAG 1.4.11: at least 3:1 against what surrounds it, in the header and below it.
      expect(contrast(colors.outline, colors.header), `${colorScheme}: outline on the header`).toBeGreaterThanOrEqual(3);
      expect(contrast(colors.outline, colors.page), `${colorScheme}: outline on the page`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('structure', () => {
  // One visit a page for its outline, its landmarks and its skip link.
  it.each(kindCases)('the %s page (/%s) has one h1 and no skipped heading level; banner, navigation, search, main and contentinfo landmarks; and Tab reaches the skip link first, which moves focus to the main content', async (_kind, url) => {
    const page = await session.sharedPage();
    await openPage(page, url);
    const levels = await page.getByRole('heading').evaluateAll((headings) =>
      headings.map((h) => Number(h.getAttribute('aria-level') ?? h.tagName.slice(1))),
    );
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} then h${level}`] : []));
    expect(skips).toEqual([]);

    const count = (role: 'banner' | 'navigation' | 'search' | 'main' | 'contentinfo') => page.getByRole(role).count();
    await expect(count('banner')).resolves.toBe(1);
    await expect(count('navigation')).resolves.toBeGreaterThanOrEqual(1);
    await expect(count('search')).resolves.toBeGreaterThanOrEqual(1);
    await expect(count('main')).resolves.toBe(1);
    await expect(count('contentinfo')).resolves.toBe(1);

    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    // The skip link, found by what it does (it leads to the main content), in whatever language the dossier's pages are.
    await expect(skip.evaluate((link) => link.matches('a[href^="#"]') && document.querySelector(`main${link.getAttribute('href')}`) !== null)).resolves.toBe(true);
    await expect(skip.innerText()).resolves.not.toBe('');
    const box = (await skip.boundingBox())!;
    expect(box.y, 'the focused skip link is on screen').toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('MAIN');
    // The next Tab continues inside the main content, when it holds anything to focus (an empty ledger has nothing).
    const focusable = await page.locator('main').locator('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])').count();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('main') !== null)).resolves.toBe(focusable > 0);
  });
});

describe("the reader's preferences", () => {
  it('reduced motion turns smooth scrolling off', async () => {
    const page = await session.sharedPage();
    const scrollBehavior = async (reducedMotion: 'reduce' | 'no-preference') => {
      await page.emulateMedia({ reducedMotion });
      await openPage(page, KINDS.get('topics/*')!);
      return page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    };
    await expect(scrollBehavior('no-preference')).resolves.toBe('smooth');
    await expect(scrollBehavior('reduce')).resolves.toBe('auto');
  });

  it('a dark colour scheme gives a dark page with light text', async () => {
    const page = await session.sharedPage();
    const colors = async (colorScheme: 'light' | 'dark') => {
      await page.emulateMedia({ colorScheme });
      await openPage(page, '');
      return page.evaluate(() => ({ background: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.body).color }));
    };
    const light = await colors('light');
    const dark = await colors('dark');
    expect(dark.background).not.toBe(light.background);
    expect(luminance(dark.background)).toBeLessThan(luminance(light.background));
    expect(luminance(dark.text)).toBeGreaterThan(luminance(dark.background));
    expect(contrast(dark.text, dark.background)).toBeGreaterThanOrEqual(4.5);
  });
});
