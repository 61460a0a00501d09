/** Validating all content without building the site. */
import { loadContentFromDisk } from './load.ts';
import { assembleDossier } from './model.ts';
import { sortDiagnostics, type Diagnostic } from '../content/diagnostics.ts';

/** URLs do not matter for checking; any consistent scheme will do. */
const CHECK_URLS = { home: () => '/', topic: (slug: string) => `/topics/${slug}/`, source: (id: string) => `/sources/${id}/` };

/** Every problem in the content under `root`, sorted by file and position. */
export async function checkContent(root: string, dir?: string): Promise<Diagnostic[]> {
  const { inputs, diagnostics } = await loadContentFromDisk(root, dir);
  if (inputs) diagnostics.push(...(await assembleDossier(inputs, CHECK_URLS)).diagnostics);
  return sortDiagnostics(diagnostics);
}
