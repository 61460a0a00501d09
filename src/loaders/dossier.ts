/**
 * The dossier's content-layer loader: Astro's side of the one loading path
 * (src/lib/dossier/load.ts). It loads the content folder named by the
 * `dossier()` integration's options, with the Markdown plugins they add,
 * reports every problem at
 * `file:line:column` exactly as `npm run check` does, and hands the
 * assembled dossier to the pages: it publishes it under its version
 * (src/lib/dossier/published-dossiers.ts) and stores that version as the
 * single entry of the `dossier` collection (src/data/dossier.ts reads it).
 *
 * `astro build`: any error stops the build before a page is written.
 * `astro dev`: the loader stays alive; an edited, added or removed file is
 * re-read on its own and the dossier re-assembled around it. Errors are
 * logged and stored, so every page shows them until they are fixed. The
 * reload runs within a content sync of Astro's (`refreshContent`), which
 * writes the data store as soon as the loader is done: a store change
 * outside a sync waits half a second for more.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { createDossierLoader, type DossierLoader, type LoadResult } from '../lib/dossier/load.ts';
import { publishDossier } from '../lib/dossier/published-dossiers.ts';
import { formatDiagnostic } from '../lib/content/diagnostics.ts';
import { citingRendererWith, describeProjectPlugins } from '../markdown/pipeline.ts';
import { loaderSettingsOf } from '../integrations/vite-plugin.ts';
import { createUrls } from '../lib/urls.ts';
import { DOSSIER_ENTRY, type DossierEntryData } from './dossier-entry.ts';

const LOADER_NAME = 'dossier';

const errorCount = (n: number) => `${n} error${n === 1 ? '' : 's'}`;

/**
 * What the watcher hands a refresh of this loader, in the sync's context:
 * the loader of the whole load, which keeps what is unchanged, and the
 * files that changed. Astro re-evaluates the content config, and so makes
 * a new `dossierLoader()`, on every change of a Markdown or YAML file: the
 * loader travels with the request rather than in this function's closure.
 */
interface Refresh {
  readonly loader: DossierLoader;
  readonly changed: readonly string[];
  /** Set once a load has run it: Astro skips a refresh while it re-reads its content config. */
  ran: boolean;
}

const refreshIn = (context: Record<string, unknown> | undefined): Refresh | undefined => context?.[LOADER_NAME] as Refresh | undefined;

/** How often, and how far apart, a refresh Astro skipped is asked for again before the loader reloads outside a sync. */
const REFRESH_ATTEMPTS = 50;
const REFRESH_RETRY_MS = 20;

export function dossierLoader(): Loader {
  return {
    name: LOADER_NAME,
    async load({ store, config, logger, watcher, refreshContextData }: LoaderContext) {
      const root = fileURLToPath(config.root);
      const settings = loaderSettingsOf(config);

      /**
       * `replace`: Astro keeps an entry whose digest is unchanged, and keeps its store between builds: after
       * an upgrade of this code the same content would keep an entry stored in the old shape, so a whole
       * load replaces the entry. A reload only sets it (the digest changes with any content): a deletion
       * also has Astro rewrite its asset imports, and so reload every page module.
       */
      const publish = ({ dossier, diagnostics, version }: LoadResult, replace: boolean) => {
        if (replace) store.delete(DOSSIER_ENTRY);
        for (const d of diagnostics) (d.severity === 'error' ? logger.error : logger.warn).call(logger, formatDiagnostic(d));
        const errors = diagnostics.filter((d) => d.severity === 'error');
        if (errors.length > 0 || !dossier) {
          // A build stops here, before any page is written; the messages are above.
          if (!watcher) throw new Error(`The content has ${errorCount(errors.length)} (listed above); nothing was built.`);
          settings.loaded(undefined);
          store.set({ id: DOSSIER_ENTRY, data: { errors } satisfies DossierEntryData, digest: version });
          return;
        }
        // The entry carries the version; the dossier itself is published in this process (published-dossiers.ts says why).
        publishDossier(version, dossier);
        store.set({ id: DOSSIER_ENTRY, data: { version } satisfies DossierEntryData, digest: version });
        // The integration makes each source's citation files from them (src/integrations/citation-files.ts).
        settings.loaded(dossier.articles);
      };

      const reload = async (loader: DossierLoader, changed: readonly string[]) => {
        const started = performance.now();
        const result = await loader.update(changed);
        publish(result, false);
        const took = Math.round(performance.now() - started);
        logger.info(`Reloaded ${changed.map((f) => path.relative(root, f)).join(', ')} in ${took} ms: ${errorCount(result.diagnostics.filter((d) => d.severity === 'error').length)}.`);
      };

      const refresh = refreshIn(refreshContextData);
      if (refresh) {
        refresh.ran = true;
        return reload(refresh.loader, refresh.changed);
      }

      const loader = createDossierLoader({ root, content: settings.content, urls: createUrls(config.base), createRenderer: citingRendererWith(settings), cacheFolder: fileURLToPath(config.cacheDir), rendererPlugins: describeProjectPlugins(settings) });
      const started = performance.now();
      const loaded = await loader.load();
      publish(loaded, true);
      // The lede and the topics: their renderings, which verify their citations, are kept for the next build.
      const documents = loaded.dossier ? loaded.dossier.topics.length + 1 : 0;
      const reused = loaded.reusedRenderings ? ` (${loaded.reusedRenderings} of ${documents} documents unchanged, their renderings from the cache)` : '';
      logger.info(`Loaded and verified the dossier in ${Math.round(performance.now() - started)} ms${reused}.`);
      if (!watcher) return;

      // astro dev: batch the events of one save (editors write, rename, touch) and reload only those files.
      watcher.add(loader.contentRoot);
      let pending = new Set<string>();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const flush = async () => {
        const changed = [...pending];
        pending = new Set();
        timer = undefined;
        const { refreshContent } = settings;
        for (let attempt = 0; refreshContent && attempt < REFRESH_ATTEMPTS; attempt++) {
          const request: Refresh = { loader, changed, ran: false };
          await refreshContent({ loaders: [LOADER_NAME], context: { [LOADER_NAME]: request } });
          if (request.ran) return;
          await new Promise((resolve) => setTimeout(resolve, REFRESH_RETRY_MS));
        }
        // No sync ran it: reloaded here, the store is written half a second later.
        await reload(loader, changed);
      };
      const onEvent = (file: string) => {
        if (!loader.isContentFile(file)) return;
        pending.add(file);
        timer ??= setTimeout(() => void flush().catch((error: unknown) => logger.error(String(error))), 20);
      };
      watcher.on('add', onEvent).on('change', onEvent).on('unlink', onEvent);
    },
  };
}
