/** The shape of the `dossier` collection's one entry, shared by the loader that writes it and the code that reads it. */
import type { StoredDossier } from '../lib/dossier/model.ts';
import type { Diagnostic } from '../lib/content/diagnostics.ts';

/** The id of the collection's one entry. */
export const DOSSIER_ENTRY = 'dossier';

/** What the entry holds: the dossier, or the errors that keep it from being published (`astro dev` only). */
export type DossierEntryData =
  | { readonly dossier: StoredDossier; readonly errors?: undefined }
  | { readonly dossier?: undefined; readonly errors: readonly Diagnostic[] };
