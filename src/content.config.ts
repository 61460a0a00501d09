/**
 * The dossier reaches the pages through Astro's content layer: one
 * collection, filled by the dossier's loader (src/loaders/dossier.ts), whose
 * single entry is the assembled, verified dossier. Which content folder it
 * loads is an option of the `dossier()` integration in astro.config.mjs.
 */
import { defineCollection } from 'astro:content';
import { dossierLoader } from './loaders/dossier.ts';
import { DossierEntrySchema } from './loaders/dossier-entry.ts';

export const collections = {
  dossier: defineCollection({ loader: dossierLoader(), schema: DossierEntrySchema }),
};
