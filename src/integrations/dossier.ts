/**
 * The dossier's Astro integration: `dossier({ content, base, site,
 * remarkPlugins, rehypePlugins, components })` in astro.config.mjs. It owns
 * the configuration (options, overridden by the `DOSSIER_*` environment
 * variables: src/lib/config/options.ts), passes it to the content loader
 * and the pages through its Vite plugin (vite-plugin.ts). It makes each
 * source's citation files from the articles the loader hands back
 * (citation-files.ts: served by the dev server, written after a build), and
 * after a build indexes the built pages for search (search-index.ts) and
 * writes the hosts' `_headers` file (src/lib/hosting/headers-file.ts), so
 * that a plain `astro build` gives the whole site.
 *
 * Loading and verifying the content is the loader's job
 * (src/loaders/dossier.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_CONTENT, resolveDossierOptions, type DossierOptions } from '../lib/config/options.ts';
import { contentCacheDir } from '../lib/content/cache-dir.ts';
import { headersFile } from '../lib/hosting/headers-file.ts';
import { createUrls } from '../lib/urls.ts';
import { fromCacheNote } from './kept-files.ts';
import { dossierVitePlugin } from './vite-plugin.ts';

export const DOSSIER_INTEGRATION = 'briefing-dossier';

/** The integration, carrying its options for the command-line tools (src/cli/project-options.ts). */
export default function dossier(options: DossierOptions = {}): AstroIntegration & { readonly dossierOptions: DossierOptions } {
  let base = '/';
  let cacheDir: URL | undefined;
  let pagesPerSearchIndex = 0;
  let plugin: ReturnType<typeof dossierVitePlugin> | undefined;
  return {
    name: DOSSIER_INTEGRATION,
    dossierOptions: options,
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const resolved = resolveDossierOptions(options);
        const { content, base, site } = resolved;
        pagesPerSearchIndex = resolved.pagesPerSearchIndex;
        // A content folder other than the default keeps its own caches, so building
        // another dossier never reuses or disturbs this one's.
        const root = fileURLToPath(config.root);
        const ownCache = path.resolve(root, content) !== path.resolve(root, DEFAULT_CONTENT) ? { cacheDir: pathToFileURL(`${contentCacheDir(root, content)}/`) } : {};
        plugin = dossierVitePlugin(root, resolved);
        updateConfig({
          base,
          site,
          ...ownCache,
          // A script no larger than Vite's inline limit would be copied into every page that uses it (the source page's
          // scroll fix into every source page): as a file of its own it is fetched once, and the pages carry only its address.
          vite: { plugins: [plugin], build: { assetsInlineLimit: 0 } },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = config.cacheDir;
      },
      // astro dev: the loader reloads an edited file through Astro's content sync (src/loaders/dossier.ts).
      'astro:server:setup': ({ refreshContent }) => {
        if (refreshContent) plugin?.useRefreshContent(refreshContent);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const articles = plugin?.articles();
        // The loader runs before any page is built, and a build with errors stops there.
        if (!articles) throw new Error('The dossier loader handed over no articles: cannot write the citation files.');
        const { writeCitationFiles } = await import('./citation-files.ts');
        const cacheFolder = cacheDir && fileURLToPath(cacheDir);
        const { files, kept } = writeCitationFiles(fileURLToPath(dir), articles, cacheFolder);
        logger.info(`Wrote ${files} citation files${fromCacheNote(kept, files, 'from the cache')} in ${Math.round(performance.now() - started)} ms.`);
        logger.info('Indexing the site for search (Pagefind)…');
        // Loaded here, not with astro.config.mjs: the command-line tools read the config too, and need none of this.
        const { buildSearchIndex } = await import('./search-index.ts');
        // Each source's page, as a file of the site (its address without the base path), by the source's number: its place in the archive.
        const pathsInSite = createUrls('/');
        const archiveOrder = new Map(articles.map((article) => [path.join(...pathsInSite.source(article.id).split('/'), 'index.html'), article.number]));
        const { summary, parts } = await buildSearchIndex(fileURLToPath(dir), {
          pagesPerIndex: pagesPerSearchIndex,
          archiveOrder,
          cacheFolder,
        });
        logger.info(summary);
        // Its rules name the search index's parts.
        writeFileSync(new URL('_headers', dir), headersFile(base, parts));
      },
    },
  };
}
