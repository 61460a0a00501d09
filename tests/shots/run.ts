/**
 * `npm run shots`: full-page screenshots of one page of every kind of a built
 * dossier, at a phone's, a tablet's and a desktop's width, light and dark, for
 * a person to look at. Not a test: it asserts nothing, but it lists any
 * script error or refused resource (a CSP violation, say) it saw, and exits 1
 * when there was one.
 *
 *   node tests/shots/run.ts [--out shots] [--dist dist] [--query words]
 *
 * Serves the built site (`npm run build` first; built at the root path) on
 * loopback, opens each page in Debian's Chromium and writes
 * `<kind>-<width>-<scheme>.png` into the output folder, then prints the files.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { readPage } from '../support/html.ts';
import { serveStatic } from '../support/static-server.ts';

const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: 'shots' },
    dist: { type: 'string', default: 'dist' },
    query: { type: 'string' },
  },
});
const dist = path.resolve(options.dist);
const out = path.resolve(options.out);
if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run \`npm run build\` first, or pass --dist.`);

const VIEWPORTS: readonly { readonly width: number; readonly height: number; readonly touch?: true }[] = [
  { width: 390, height: 844, touch: true },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];
const SCHEMES = ['light', 'dark'] as const;

/** The pages in a folder of the built site (e.g. every topic), sorted. */
function pagesIn(folder: string): string[] {
  return readdirSync(path.join(dist, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dist, folder, entry.name, 'index.html')))
    .map((entry) => `${folder}/${entry.name}/`)
    .sort();
}

const topics = pagesIn('topics');
const [source] = pagesIn('sources');
const [entity] = pagesIn('entities');
if (!source || !entity) throw new Error(`The site in ${dist} has no source or no entity page to show.`);
// By default, search for the first entity's name: every dossier has results for it.
const query = options.query ?? toText(select('h1', readPage(dist, entity))!).trim();

/** Page kind → path from the site's root. Every topic is shown: topics differ most in what they hold. */
const PAGES: Record<string, string> = {
  home: '',
  ...Object.fromEntries(topics.map((topic) => [`topic-${path.basename(topic)}`, topic])),
  source,
  sources: 'sources/',
  entities: 'entities/',
  entity,
  claims: 'claims/',
  ...Object.fromEntries(pagesIn('claims').slice(0, 1).map((part) => [`claims-${path.basename(part)}`, part])),
  timeline: 'timeline/',
  search: `search/?q=${encodeURIComponent(query)}`,
  print: 'print/',
  'print-briefing': 'print/briefing/',
  ...Object.fromEntries(topics.slice(0, 1).map((topic) => [`print-topic-${path.basename(topic)}`, `print/${topic}`])),
};

/** Waits until what the page draws after loading is there: search results, fonts. */
async function settle(page: Page, kind: string): Promise<void> {
  if (kind === 'search') {
    // The search page shows its results all at once, excerpts included.
    await page.locator('.search-result').first().waitFor({ timeout: 30_000 });
  }
  await page.evaluate(() => document.fonts.ready);
}

mkdirSync(out, { recursive: true });
const server = await serveStatic(dist);
const browser = await launchChromium();
const problems: string[] = [];
const written: string[] = [];
try {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      const contextOptions: BrowserContextOptions = {
        viewport: { width: viewport.width, height: viewport.height },
        colorScheme,
        reducedMotion: 'reduce',
        deviceScaleFactor: 1,
        ...(viewport.touch ? { isMobile: true, hasTouch: true } : {}),
      };
      const context = await browser.newContext(contextOptions);
      const page = await context.newPage();
      let current = '';
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${current}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
      for (const [kind, url] of Object.entries(PAGES)) {
        current = `${kind} at ${viewport.width} px, ${colorScheme}`;
        await page.goto(server.url + url, { waitUntil: 'load' });
        await settle(page, kind);
        const file = path.join(out, `${kind}-${viewport.width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
        written.push(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(written.map((file) => path.relative(process.cwd(), file)).join('\n'));
console.log(`${written.length} screenshots of ${Object.keys(PAGES).length} pages in ${path.relative(process.cwd(), out) || '.'}/.`);
if (problems.length > 0) {
  console.error(`\nThe pages reported ${problems.length} problems:\n${problems.join('\n')}`);
  process.exitCode = 1;
}
