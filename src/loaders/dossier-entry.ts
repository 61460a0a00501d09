/**
 * The `dossier` collection's one entry: its schema, given to the collection
 * (src/content.config.ts) so that the entry is typed where it is read, and
 * the type the loader that writes it is checked against.
 */
import { z } from 'astro/zod';
import type { Diagnostic } from '../lib/content/diagnostics.ts';

/** The id of the collection's one entry. */
export const DOSSIER_ENTRY = 'dossier';

const DiagnosticSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
}) satisfies z.ZodType<Diagnostic>;

/**
 * What the entry holds: the version of the dossier the loader published
 * (src/lib/dossier/published-dossiers.ts), or the errors that keep it from
 * being published (`astro dev` only).
 */
export const DossierEntrySchema = z.union([
  z.object({ version: z.string(), errors: z.undefined().optional() }),
  z.object({ version: z.undefined().optional(), errors: z.array(DiagnosticSchema) }),
]);

export type DossierEntryData = z.infer<typeof DossierEntrySchema>;
