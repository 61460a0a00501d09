/**
 * Builds the Pagefind index in-process with its Node API, right after Astro
 * has written the pages. Layouts decide what is indexed through their
 * `data-pagefind-*` attributes; this only points Pagefind at the output.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { AstroIntegrationLogger } from 'astro';

export async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { index, errors: createErrors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    logger.info(`Indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await pagefind.close();
  }
}
