/**
 * Hosting: the `_headers` file hosts read (long caching for exactly the files
 * whose names carry a content hash, under the site's base path), and the site
 * the GitHub Pages workflow builds (.github/workflows/deploy.yml; its links are
 * checked in links.test.ts), and the caches the workflow keeps between runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { allFiles } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { pagesBuild } from '../support/pages-workflow.ts';
import { SUB_PATH } from './build-sites.ts';
import { buildOutputFolder } from '../../src/lib/config/options.ts';
import { contentCacheDir } from '../../src/lib/content/cache-dir.ts';
import { LANGUAGE_UNDER_TEST } from '../support/dossier-under-test.ts';

/** The headers a host that reads `_headers` (Netlify, Cloudflare Pages) sends for a request path: every matching rule's. */
function headersFor(headersFile: string): (urlPath: string) => Map<string, string> {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of headersFile.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      // `*` matches any characters, `/` included.
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/gu, '\\$&').replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`, 'u'), headers: [] });
      continue;
    }
    const [name, ...value] = line.trim().split(':');
    rules.at(-1)!.headers.push([name!.toLowerCase(), value.join(':').trim()]);
  }
  return (urlPath) => new Map(rules.filter((rule) => rule.pattern.test(urlPath)).flatMap((rule) => rule.headers));
}

/**
 * Whether a built file's name carries a hash of its content: Vite's
 * `Name.8charHash.css|js` in _astro/, Pagefind's `…<language>_<hex>.pf_*` chunks.
 */
const carriesContentHash = (file: string) => /^_astro\/.+\.[\w-]{8}\.\w+$/u.test(file) || /^pagefind\/.*[a-z]_[0-9a-f]{7,}\.pf_[a-z]+$/u.test(file);

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe.each([
  { site: 'at the root', dist: () => inject('siteDist'), base: '/' },
  { site: 'under the GitHub Pages base path', dist: () => inject('subPathDist'), base: SUB_PATH },
])('the _headers file $site', ({ dist, base }) => {
  const files = allFiles(dist()).filter((file) => file !== '_headers');
  const headers = headersFor(readFileSync(path.join(dist(), '_headers'), 'utf8'));
  const cacheControl = (file: string) => headers(`${base}${file}`).get('cache-control');

  it('caches for a year exactly the files whose names carry a content hash', () => {
    const wrong = files.filter((file) => (cacheControl(file) === IMMUTABLE) !== carriesContentHash(file));
    expect(wrong).toEqual([]);
  });

  it.each(['_astro/', `pagefind/pagefind.${LANGUAGE_UNDER_TEST}_`, 'pagefind/index/', 'pagefind/fragment/', 'pagefind/filter/'])('has hashed files %s… to cache', (prefix) => {
    expect(files.filter((file) => file.startsWith(prefix) && cacheControl(file) === IMMUTABLE).length).toBeGreaterThan(0);
  });

  it.each(['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', `pagefind/wasm.${LANGUAGE_UNDER_TEST}.pagefind`, 'pagefind/pagefind-highlight.js', 'index.html', 'feed.xml'])(
    'leaves %s, whose name stays when it changes, to revalidate',
    (file) => {
      expect(files).toContain(file);
      expect(cacheControl(file)).toBeUndefined();
    },
  );

});

describe('the _headers file of a site whose search index is in parts', () => {
  it('caches for a year exactly the files whose names carry a content hash, in every part', () => {
    // The harbour fixture's index is in parts of three pages (tests/fixtures/extensions/astro.config.mjs).
    const dist = inject('harbourDist');
    const files = allFiles(dist).filter((file) => file !== '_headers');
    const headers = headersFor(readFileSync(path.join(dist, '_headers'), 'utf8'));
    expect(files.some((file) => file.startsWith('pagefind/part-2/index/'))).toBe(true);
    expect(files.filter((file) => (headers(`/${file}`).get('cache-control') === IMMUTABLE) !== carriesContentHash(file))).toEqual([]);
  });
});

describe('the GitHub Pages workflow', () => {
  const pages = pagesBuild();
  const dist = inject('subPathDist');

  it('uploads the folder npm run build publishes', () => {
    expect(path.normalize(pages.uploads).replace(/\/$/u, '')).toBe(buildOutputFolder({}));
  });

  it('builds a _headers file whose rules carry the base path', () => {
    const headers = headersFor(readFileSync(path.join(dist, '_headers'), 'utf8'));
    const script = allFiles(dist).find((file) => file.startsWith('_astro/'))!;
    expect(headers(`${pages.base}${script}`).get('cache-control')).toBe(IMMUTABLE);
    expect(headers(`/${script}`).size).toBe(0);
  });

  it('builds a site with no symbolic links in it, which Pages refuses', () => {
    const links = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isSymbolicLink());
    expect(links.map((entry) => path.join(entry.parentPath, entry.name))).toEqual([]);
  });

  // That these folders hold what a rebuild restores its pages from is shown in determinism.test.ts, which rebuilds from them.
  it('restores its caches after installing and before building, and keeps the cache of any content folder', () => {
    const cache = pages.cache;
    expect(cache, 'an actions/cache step').toBeDefined();
    const install = pages.steps.findIndex((step) => /^npm (install|ci)\b/u.test(step));
    expect(install).toBeGreaterThanOrEqual(0);
    expect(pages.steps.indexOf(cache!.step)).toBeGreaterThan(install);
    expect(pages.steps.indexOf(cache!.step)).toBeLessThan(pages.steps.indexOf(pages.command));
    // A content folder other than the default (DOSSIER_CONTENT, or the dossier() option) keeps its caches apart.
    const otherFolder = path.relative(PROJECT_ROOT, contentCacheDir(PROJECT_ROOT, 'another-dossier'));
    expect(cache!.paths.filter((folder) => otherFolder.startsWith(`${path.normalize(folder)}/`)), otherFolder).not.toEqual([]);
  });

  it('saves its caches under each commit, and restores the newest one made with the same lockfile', () => {
    const { key = '', restoreKeys = [] } = pages.cache ?? {};
    expect(key).toContain("hashFiles('package-lock.json')");
    expect(key).toContain('github.sha');
    expect(restoreKeys).toEqual([key.slice(0, key.indexOf('${{ github.sha }}'))]);
  });

  it('gives the feed and the sitemap absolute URLs under the Pages address', () => {
    const address = `${pages.site}${pages.base}`;
    const feedUrls = [...readFileSync(path.join(dist, 'feed.xml'), 'utf8').matchAll(/<id>([^<]+)<\/id>|<link href="([^"]+)"/gu)].map((m) => (m[1] ?? m[2])!);
    const sitemapUrls = [...readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!);
    expect(feedUrls.length).toBeGreaterThan(1);
    expect(sitemapUrls.length).toBeGreaterThan(1);
    expect([...feedUrls, ...sitemapUrls].filter((url) => !url.startsWith(address))).toEqual([]);
  });
});
