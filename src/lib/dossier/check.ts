/** Validating all content without building the site. */
import { loadContentFromDisk } from './load.ts';
import { assembleDossier, type Dossier, type DossierUrls } from './model.ts';
import { sortDiagnostics, type Diagnostic } from '../content/diagnostics.ts';

/** URLs do not matter for checking; any consistent scheme will do. */
const CHECK_URLS = { home: () => '/', topic: (slug: string) => `/topics/${slug}/`, source: (id: string) => `/sources/${id}/` };

/** Every problem in the content under `root`, sorted by file and position. */
export async function checkContent(root: string, dir?: string): Promise<Diagnostic[]> {
  return (await checkAndAssemble(root, dir)).diagnostics;
}

/**
 * The same check, also handing back the dossier it assembled (when the files
 * could be read), so a build can use it instead of assembling it again. Pass
 * the site's URLs when its links are to be used.
 */
export async function checkAndAssemble(root: string, dir?: string, urls: DossierUrls = CHECK_URLS): Promise<{ diagnostics: Diagnostic[]; dossier?: Dossier }> {
  const { inputs, diagnostics } = await loadContentFromDisk(root, dir);
  if (!inputs) return { diagnostics: sortDiagnostics(diagnostics) };
  const assembled = await assembleDossier(inputs, urls);
  diagnostics.push(...assembled.diagnostics);
  return { diagnostics: sortDiagnostics(diagnostics), dossier: assembled.dossier };
}
