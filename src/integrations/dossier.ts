/**
 * The dossier's Astro integration: before a build, it verifies all content
 * (schemas, citations, notes) and stops with every problem listed as
 * `file:line:column message`; after a build, it writes each source's
 * citation files (npm run build then indexes the site for search).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkAndAssemble } from '../lib/dossier/check.ts';
import { formatDiagnostic } from '../lib/content/diagnostics.ts';
import { CITATION_FORMATS } from '../lib/bibliography/formats.ts';
import { writeCitationFiles } from './citation-files.ts';
import { checkedDossier, handOverCheckedDossier } from './checked-dossier.ts';
import { createUrls } from '../lib/urls.ts';

export default function dossierIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'briefing-dossier',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, injectRoute }) => {
        root = fileURLToPath(config.root);
        if (command === 'dev') {
          // The dev server has no build:done; it serves the citation files from routes.
          for (const { file } of Object.values(CITATION_FORMATS)) {
            injectRoute({ pattern: `/sources/[id]/${file}`, entrypoint: new URL(`../routes/${file}.ts`, import.meta.url), prerender: true });
          }
        }
        if (command !== 'build') return;
        // Assembled with the site's own URLs, so the pages can use it as it is.
        const { diagnostics, dossier } = await checkAndAssemble(root, undefined, createUrls(config.base));
        for (const d of diagnostics) (d.severity === 'error' ? logger.error : logger.warn).call(logger, formatDiagnostic(d));
        const errors = diagnostics.filter((d) => d.severity === 'error').length;
        if (errors > 0) {
          throw new Error(`The content has ${errors} error${errors === 1 ? '' : 's'} (listed above); nothing was built.`);
        }
        handOverCheckedDossier(dossier);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The pre-build check's dossier: its articles' data feed the citation files.
        const checked = checkedDossier();
        if (checked) {
          const started = performance.now();
          const files = await writeCitationFiles(outDir, checked.articles);
          logger.info(`Wrote ${files} citation files in ${Math.round(performance.now() - started)} ms.`);
        }
      },
    },
  };
}
