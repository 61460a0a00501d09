/**
 * What a reader's browser pays on a built dossier, in Debian's Chromium:
 * bytes to open a topic page and its render-blocking scripts; bytes and time
 * of a first search.
 *
 * Bytes are counted on the server side: every request the static server
 * received while the page loaded, as the size of the file it served. This
 * sees everything, including what Pagefind's web worker fetches (which page
 * events may not report), and the test server serves files verbatim, so it
 * is the uncompressed transfer size. The gzip size of the same files is
 * given beside it, since real hosts compress text.
 *
 * Every measurement uses a new browser context, so the cache is empty: a
 * first visit, the worst case.
 */
import { access, readdir, readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { MAX_NOTE_OFFSET_PX, marginNotes } from '../support/margin-notes.ts';

/** Bytes by kind of file: raw as served, and gzip-compressed. */
export interface Transfer {
  readonly raw: number;
  readonly gzip: number;
  readonly requests: number;
  readonly byKind: Readonly<Record<string, number>>;
}

export interface BrowserFigures {
  readonly topicPath: string;
  readonly topic: Transfer;
  /** External classic scripts in <head>: fetched and run before the page can render. */
  readonly renderBlockingScripts: number;
  /** Inline classic scripts in <head>: they hold the parser but fetch nothing. */
  readonly inlineHeadScripts: number;
  readonly searchWord: string;
  /** Opening /search/?q=word until the first result shows. */
  readonly search: Transfer;
  /** Typing the word into the search box: last key press to first result, ms. */
  readonly keystrokeToResultsMs: number;
  /** Source pages at 1280 px: how far a margin note's top is from its paragraph's, at worst, and the notes that are off. */
  readonly marginNotes: { readonly pages: number; readonly notes: number; readonly worstOffsetPx: number; readonly problems: readonly string[] };
}

/** The most source pages the margin-note check visits: every page of a 1,000-article dossier. */
const MARGIN_NOTE_PAGES = 1_000;

/** The search page's results and its search box (src/pages/search.astro). */
const RESULT = '.search-result';
const INPUT = '.search-form input[type="search"]';
const TIMEOUT_MS = 30_000;

function kindOf(file: string): string {
  if (file.includes(`${path.sep}pagefind${path.sep}`)) {
    if (/\.(pf_index|pf_meta|pf_filter|pf_fragment)$/u.test(file)) return 'search index';
    if (file.endsWith('.pagefind')) return 'wasm';
  }
  const ext = path.extname(file);
  if (ext === '.html') return 'HTML';
  if (ext === '.css') return 'CSS';
  if (ext === '.js' || ext === '.mjs') return 'JS';
  if (/^\.(woff2?|ttf|otf)$/u.test(ext)) return 'fonts';
  return 'other';
}

/**
 * Sizes of what the server sent for a list of request paths, resolved the
 * way serveStatic resolves them (directory → index.html; misses send 9 bytes).
 */
async function transferOf(root: string, requests: readonly string[]): Promise<Transfer> {
  let raw = 0;
  let gzip = 0;
  const byKind: Record<string, number> = {};
  for (const request of requests) {
    let file = path.join(root, decodeURIComponent(request));
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = path.join(file, 'index.html');
    const body = await readFile(file).catch(() => Buffer.from('Not found'));
    raw += body.length;
    gzip += gzipSync(body).length;
    const kind = kindOf(file);
    byKind[kind] = (byKind[kind] ?? 0) + body.length;
  }
  return { raw, gzip, requests: requests.length, byKind };
}

/** Runs `action` on a fresh page of a fresh context and returns the requests the server saw meanwhile. */
async function withFreshPage<T>(browser: Browser, server: StaticServer, action: (page: Page) => Promise<T>): Promise<{ value: T; requests: string[] }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const from = server.requests.length;
    const value = await action(page);
    return { value, requests: server.requests.slice(from) };
  } finally {
    await context.close();
  }
}

/** Installs recorders of the last key press and of the first results rendered after it. */
function recordKeystrokesAndResults(resultSelector: string): void {
  const state = { lastKey: 0, firstResult: 0 };
  (window as unknown as { __bench: typeof state }).__bench = state;
  document.addEventListener('keydown', () => {
    state.lastKey = performance.now();
    state.firstResult = 0;
  }, true);
  // Only results added after the last key press count: results of an
  // earlier prefix would otherwise look like an instant answer.
  new MutationObserver((mutations) => {
    if (state.lastKey === 0 || state.firstResult !== 0) return;
    const added = mutations.some((m) => [...m.addedNodes].some((n) => n instanceof Element && (n.matches(resultSelector) || n.querySelector(resultSelector))));
    if (added) state.firstResult = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

/** Measures one built dossier, served from `dist` at the root. */
export async function measureInBrowser(browser: Browser, dist: string, topicSlug: string, searchWord: string): Promise<BrowserFigures> {
  // Without an index the search measurements would only wait for their timeout.
  await access(path.join(dist, 'pagefind', 'pagefind.js')).catch(() => {
    throw new Error(`The built dossier ${dist} has no Pagefind index (pagefind/pagefind.js), which the search measurements need; --skip-browser leaves them out.`);
  });
  const server = await serveStatic(dist);
  try {
    const topicPath = `topics/${topicSlug}/`;
    const topic = await withFreshPage(browser, server, async (page) => {
      await page.goto(`${server.url}${topicPath}`, { waitUntil: 'networkidle' });
      return page.evaluate(() => {
        const classic = [...document.head.querySelectorAll('script')].filter((s) => !s.async && !s.defer && s.type !== 'module');
        return { blocking: classic.filter((s) => s.src).length, inline: classic.filter((s) => !s.src).length };
      });
    });

    const search = await withFreshPage(browser, server, async (page) => {
      await page.goto(`${server.url}search/?q=${encodeURIComponent(searchWord)}`);
      await page.locator(RESULT).first().waitFor({ timeout: TIMEOUT_MS });
    });

    const typed = await withFreshPage(browser, server, async (page) => {
      await page.addInitScript(recordKeystrokesAndResults, RESULT);
      await page.goto(`${server.url}search/`, { waitUntil: 'networkidle' });
      await page.locator(INPUT).click();
      // About 12 keys a second, like a quick typist; the page searches once typing pauses.
      await page.keyboard.type(searchWord, { delay: 80 });
      await page.waitForFunction(() => (window as unknown as { __bench: { firstResult: number } }).__bench.firstResult > 0, undefined, { timeout: TIMEOUT_MS });
      return page.evaluate(() => {
        const { lastKey, firstResult } = (window as unknown as { __bench: { lastKey: number; firstResult: number } }).__bench;
        return firstResult - lastKey;
      });
    });

    const sourcePages = (await readdir(path.join(dist, 'sources'), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && entry.name !== 'page')
      .map((entry) => `sources/${entry.name}/`)
      .sort()
      .slice(0, MARGIN_NOTE_PAGES);
    const notes = await withFreshPage(browser, server, async (page) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      const found = { notes: 0, worstOffsetPx: 0, problems: [] as string[] };
      for (const pathname of sourcePages) {
        await page.goto(`${server.url}${pathname}`, { waitUntil: 'domcontentloaded' });
        const { offsets, problems } = await page.evaluate(marginNotes, MAX_NOTE_OFFSET_PX);
        found.notes += offsets.length;
        found.worstOffsetPx = Math.max(found.worstOffsetPx, ...offsets);
        found.problems.push(...problems.map((problem) => `/${pathname} ${problem}`));
      }
      return found;
    });

    return {
      marginNotes: { pages: sourcePages.length, ...notes.value },
      topicPath,
      topic: await transferOf(dist, topic.requests),
      renderBlockingScripts: topic.value.blocking,
      inlineHeadScripts: topic.value.inline,
      searchWord,
      search: await transferOf(dist, search.requests),
      keystrokeToResultsMs: typed.value,
    };
  } finally {
    await server.close();
  }
}
