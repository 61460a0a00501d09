/**
 * The dossier a build's pages were made from, read back after the build from
 * Astro's content-layer store (the file Astro writes its collections to, in
 * the cache folder): the same data the pages had, with no content file read
 * a second time.
 */
import { readFile } from 'node:fs/promises';
import * as devalue from 'devalue';
import { DOSSIER_ENTRY, type DossierEntryData } from '../loaders/dossier-entry.ts';
import type { StoredDossier } from '../lib/dossier/model.ts';

/** Astro's store: collections by name, entries by id. */
type Store = Map<string, Map<string, { data: DossierEntryData }>>;

export async function readBuiltDossier(cacheDir: URL): Promise<StoredDossier> {
  const file = new URL('data-store.json', cacheDir);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`The build left no content store at ${file.pathname}: cannot write the citation files.`);
  });
  const dossier = (devalue.parse(text) as Store).get('dossier')?.get(DOSSIER_ENTRY)?.data.dossier;
  if (!dossier) throw new Error(`The content store ${file.pathname} holds no dossier: cannot write the citation files.`);
  return dossier;
}
