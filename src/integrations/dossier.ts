/**
 * The dossier's Astro integration: before a build, it verifies all content
 * (schemas, citations, notes) and stops with every problem listed as
 * `file:line:column message`; after a build, it indexes the site for search.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/dossier/check.ts';
import { formatDiagnostic } from '../lib/content/diagnostics.ts';
import { buildSearchIndex } from './pagefind.ts';

export default function dossierIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'briefing-dossier',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        const diagnostics = await checkContent(root);
        for (const d of diagnostics) (d.severity === 'error' ? logger.error : logger.warn).call(logger, formatDiagnostic(d));
        const errors = diagnostics.filter((d) => d.severity === 'error').length;
        if (errors > 0) {
          throw new Error(`The content has ${errors} error${errors === 1 ? '' : 's'} (listed above); nothing was built.`);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
