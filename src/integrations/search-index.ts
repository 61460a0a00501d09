/**
 * Indexes the built site for search with Pagefind (its Node API, which runs
 * the Pagefind binary in a process of its own) while Astro renders it, so
 * that a plain `astro build` gives a searchable site and the indexing costs
 * little time of its own.
 *
 * The dossier integration wraps Astro's prerenderer (`setPrerenderer` in
 * astro:build:start): each page Astro renders is handed to Pagefind as soon
 * as its HTML exists, and Pagefind parses it on the other core while Astro
 * renders the next ones. Pages Astro does not render (restored unchanged
 * by an incremental build) and any other HTML file in the output are read
 * from disk at build:done, when the index is written.
 *
 * Pagefind numbers pages in the order it receives them, and its files
 * depend on those numbers. Pages are therefore handed over in the order of
 * Astro's list of static paths, whatever order they finish rendering in,
 * then the other files in path order: a clean build and a rebuild that
 * restores every page give the same index.
 *
 * Layouts decide what is indexed through their `data-pagefind-*`
 * attributes. Each page is handed over with a word boundary where two
 * elements meet (src/lib/search/element-boundaries.ts), so that table
 * cells and other blocks are not indexed run together; the site's files
 * stay as built.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { separateAdjacentElements } from '../lib/search/element-boundaries.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;
type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];

/** Pages whose file name Astro derives otherwise (`404.html`): read from disk at the end, as files Astro did not render. */
const STATUS_PAGES = new Set(['404', '500']);

/**
 * The file a page route writes in the `directory` build format (the
 * project's, astro.config.mjs), relative to the output folder, or
 * undefined for anything else. Checked at the end: a file that was indexed
 * must exist.
 */
function pageFileOf(pathname: string): string | undefined {
  const trimmed = pathname.replace(/^\/+|\/+$/gu, '');
  if (STATUS_PAGES.has(trimmed)) return undefined;
  return trimmed === '' ? 'index.html' : `${trimmed}/index.html`;
}

const PAGEFIND_BODY = 'data-pagefind-body';

const keyOf = (pathname: string) => pathname.replace(/^\/+|\/+$/gu, '');

/** How often, while Astro generates pages, to look for pages it restored rather than rendered. */
const SWEEP_INTERVAL_MS = 100;

/** Files read at once from disk: enough to keep the disk busy, few enough to bound memory. */
const READ_BATCH = 32;

export class SearchIndexer {
  readonly #index: PagefindIndex;
  readonly #started = performance.now();
  /** The output files of Astro's static paths, in Astro's order: the order Pagefind receives them. */
  #planned: string[] = [];
  /** Position in #planned by page key (its pathname without slashes, decoded). */
  #positions = new Map<string, number>();
  /** Rendered pages waiting for those before them in #planned. */
  #waiting = new Map<number, string>();
  /** The next position of #planned to hand to Pagefind. */
  #next = 0;
  /** Files without data-pagefind-body, not handed over unless no page has it. */
  readonly #unmarked: string[] = [];
  /** Files handed to Pagefind, with its answers. */
  readonly #handed = new Map<string, Promise<{ errors: string[] }>>();

  /** The site's base path without its trailing slash ("" at the root), which request paths start with. */
  readonly #base: string;
  /** The folder Astro writes the site to. */
  readonly #outDir: string;
  /** While Astro generates pages: looks for the pages it restores instead of rendering. */
  #sweeper: NodeJS.Timeout | undefined;
  #sweep: Promise<void> | undefined;

  private constructor(index: PagefindIndex, base: string, outDir: string) {
    this.#index = index;
    this.#base = base.replace(/\/+$/u, '');
    this.#outDir = outDir;
  }

  /** Starts Pagefind's indexing process, for a site at `base` built into `outDir`. */
  static async start(base: string, outDir: string): Promise<SearchIndexer> {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start:\n${errors.join('\n')}`);
    return new SearchIndexer(index, base, outDir);
  }

  /** Astro's prerenderer, telling this indexer its list of pages and handing over each page it renders. */
  wrap(prerenderer: AstroPrerenderer): AstroPrerenderer {
    const collectStaticImages = prerenderer.collectStaticImages;
    return {
      name: `${prerenderer.name} (indexed for search)`,
      ...(collectStaticImages ? { collectStaticImages: () => collectStaticImages.call(prerenderer) } : {}),
      setup: async () => {
        await prerenderer.setup?.();
        this.#sweeper = setInterval(() => {
          this.#sweep ??= this.#sweepRestored().finally(() => {
            this.#sweep = undefined;
          });
        }, SWEEP_INTERVAL_MS).unref();
      },
      teardown: async () => {
        clearInterval(this.#sweeper);
        await prerenderer.teardown?.();
      },
      getStaticPaths: async () => {
        const paths = await prerenderer.getStaticPaths();
        this.#plan(paths);
        return paths;
      },
      render: async (request, options) => {
        const result = await prerenderer.render(request, options);
        const response = result instanceof Response ? result : result.response;
        if (response.ok && (response.headers.get('content-type') ?? '').startsWith('text/html')) {
          this.#rendered(new URL(request.url).pathname, await response.clone().text());
        }
        return result;
      },
    };
  }

  #plan(paths: readonly PathWithRoute[]): void {
    this.#planned = [];
    this.#positions.clear();
    for (const { pathname, route } of paths) {
      const file = route.type === 'page' ? pageFileOf(pathname) : undefined;
      if (file === undefined || this.#positions.has(keyOf(pathname))) continue;
      this.#positions.set(keyOf(pathname), this.#planned.length);
      this.#planned.push(file);
    }
  }

  /** `urlPath` is the request's path, under the site's base. */
  #rendered(urlPath: string, html: string): void {
    let decoded: string;
    try {
      decoded = decodeURI(urlPath);
    } catch {
      return;
    }
    // A page that cannot be placed is read from disk at the end, as one Astro did not render.
    if (!decoded.startsWith(`${this.#base}/`)) return;
    const position = this.#positions.get(keyOf(decoded.slice(this.#base.length)));
    if (position === undefined) return;
    this.#waiting.set(position, html);
    this.#handOverWaiting();
  }

  /**
   * Hands over the pages at the front of the plan that Astro restored from
   * its incremental-build cache: their file is in the output, though they
   * were not rendered (a rendered page reaches #rendered before Astro writes
   * it). Astro copies a restored file into place, so a file read before it
   * ends in `</html>` may be incomplete: it is taken at the end instead.
   */
  async #sweepRestored(): Promise<void> {
    while (this.#next < this.#planned.length && !this.#waiting.has(this.#next)) {
      const position = this.#next;
      const html = await readFile(path.join(this.#outDir, this.#planned[position]!), 'utf8').catch(() => undefined);
      // Rendered meanwhile (and handed over by #rendered): look again from where the plan now stands.
      if (this.#next !== position || this.#waiting.has(position)) continue;
      if (html === undefined || !html.trimEnd().endsWith('</html>')) return;
      this.#handOver(this.#planned[position]!, html);
      this.#next += 1;
    }
    this.#handOverWaiting();
  }

  #handOverWaiting(): void {
    for (let html = this.#waiting.get(this.#next); html !== undefined; html = this.#waiting.get(this.#next)) {
      this.#waiting.delete(this.#next);
      this.#handOver(this.#planned[this.#next]!, html);
      this.#next += 1;
    }
  }

  /** `unmarkedToo`: hand it over even without data-pagefind-body. */
  #handOver(file: string, html: string, unmarkedToo = false): void {
    // Pagefind indexes only the pages marked with data-pagefind-body once any page has it (every layout
    // with searchable text does): the others (print, search, lists of pages) it would parse only to drop.
    if (!unmarkedToo && !html.includes(PAGEFIND_BODY)) {
      this.#unmarked.push(file);
      return;
    }
    // Promises are collected and awaited at the end: Pagefind answers in order, and a rejection must not go unhandled meanwhile.
    const answer = this.#index.addHTMLFile({ sourcePath: file, content: separateAdjacentElements(html) })
      .then((response) => ({ errors: response.errors }), (error: unknown) => ({ errors: [String(error)] }));
    this.#handed.set(file, answer);
  }

  /**
   * Hands Pagefind the pages it has not seen, from `site` (the built
   * output): the planned ones Astro restored instead of rendering, in plan
   * order, then every other HTML file in path order. Writes
   * `site`/pagefind/ and says what it did.
   */
  async finish(site: string): Promise<string> {
    clearInterval(this.#sweeper);
    await this.#sweep;
    const finishing = performance.now();
    const whileRendering = this.#handed.size;
    try {
      const onDisk = (await readdir(site, { recursive: true }))
        .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
        .map((file) => file.split(path.sep).join('/'));
      const planned = new Set(this.#planned);
      const remaining = [
        ...this.#planned.slice(this.#next),
        ...onDisk.filter((file) => !planned.has(file)).sort(),
      ];
      for (let i = 0; i < remaining.length; i += READ_BATCH) {
        const batch = remaining.slice(i, i + READ_BATCH);
        const pages = await Promise.all(batch.map(async (file) => existsSync(path.join(site, file)) ? readFile(path.join(site, file), 'utf8') : undefined));
        batch.forEach((file, k) => {
          if (pages[k] !== undefined) this.#handOver(file, pages[k]);
        });
      }
      // A site without data-pagefind-body anywhere has every page indexed whole, as Pagefind does.
      if (this.#handed.size === 0) {
        for (const file of this.#unmarked) this.#handOver(file, await readFile(path.join(site, file), 'utf8'), true);
      }
      const missing = [...this.#handed.keys()].filter((file) => !existsSync(path.join(site, file)));
      if (missing.length > 0) throw new Error(`Pages indexed while rendering are not in the output: ${missing.slice(0, 5).join(', ')}`);
      const errors = (await Promise.all(this.#handed.values())).flatMap((answer) => answer.errors);
      if (errors.length > 0) throw new Error(errors.join('\n'));
      const written = await this.#index.writeFiles({ outputPath: path.join(site, 'pagefind') });
      if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    } catch (error) {
      throw new Error(`Pagefind could not index the site:\n${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await pagefind.close();
    }
    // Pagefind leaves out the pages without data-pagefind-body when it writes the index: its entry file counts those it kept.
    const entry = JSON.parse(await readFile(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    // The bench (tests/bench/dossier.ts) reads the time after rendering from this line.
    return `Indexed ${pages} pages for search in ${Math.round(performance.now() - finishing)} ms after rendering; Pagefind had been handed ${whileRendering} of those ${this.#handed.size} pages while Astro generated the pages (${Math.round(finishing - this.#started)} ms).`;
  }
}
