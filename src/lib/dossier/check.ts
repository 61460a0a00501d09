/** Checking a dossier without building the site: `npm run check`. */
import { createDossierLoader } from './load.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import type { CreateCitingRenderer } from './documents.ts';

/** URLs do not matter for checking; any consistent scheme will do. */
const CHECK_URLS = { home: () => '/', topic: (slug: string) => `/topics/${slug}/`, source: (id: string) => `/sources/${id}/` };

/** Every problem in the content folder `content` under `root`, sorted by file and position. */
export async function checkContent(root: string, content: string, createRenderer: CreateCitingRenderer): Promise<readonly Diagnostic[]> {
  return (await createDossierLoader({ root, content, urls: CHECK_URLS, createRenderer }).load()).diagnostics;
}
