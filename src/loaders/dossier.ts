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
 * logged and stored, so every page shows them until they are fixed.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { createDossierLoader, type LoadResult } from '../lib/dossier/load.ts';
import { publishDossier } from '../lib/dossier/published-dossiers.ts';
import { formatDiagnostic } from '../lib/content/diagnostics.ts';
import { citingRendererWith } from '../markdown/pipeline.ts';
import { loaderSettingsOf } from '../integrations/vite-plugin.ts';
import { createUrls } from '../lib/urls.ts';
import { DOSSIER_ENTRY, type DossierEntryData } from './dossier-entry.ts';


const errorCount = (n: number) => `${n} error${n === 1 ? '' : 's'}`;

export function dossierLoader(): Loader {
  return {
    name: 'dossier',
    async load({ store, config, logger, watcher }: LoaderContext) {
      const root = fileURLToPath(config.root);
      const settings = loaderSettingsOf(config);
      const loader = createDossierLoader({ root, content: settings.content, urls: createUrls(config.base), createRenderer: citingRendererWith(settings) });

      const publish = ({ dossier, diagnostics, version }: LoadResult) => {
        // Astro keeps an entry whose digest is unchanged, and keeps its store between builds: after an upgrade
        // of this code the same content would keep a dossier stored in the old shape. The entry is always replaced.
        store.delete(DOSSIER_ENTRY);
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

      const started = performance.now();
      publish(await loader.load());
      logger.info(`Loaded and verified the dossier in ${Math.round(performance.now() - started)} ms.`);
      if (!watcher) return;

      // astro dev: batch the events of one save (editors write, rename, touch) and reload only those files.
      watcher.add(loader.contentRoot);
      let pending = new Set<string>();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const flush = async () => {
        const changed = [...pending];
        pending = new Set();
        timer = undefined;
        const started = performance.now();
        const result = await loader.update(changed);
        publish(result);
        const took = Math.round(performance.now() - started);
        logger.info(`Reloaded ${changed.map((f) => path.relative(root, f)).join(', ')} in ${took} ms: ${errorCount(result.diagnostics.filter((d) => d.severity === 'error').length)}.`);
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
