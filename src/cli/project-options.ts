/**
 * The dossier options in force for the project at `root`, for the command-line
 * tools: those given to `dossier()` in its astro.config.mjs, overridden by the
 * environment, so `npm run check` and `npm run add` see the same content
 * folder (and check renders with the same Markdown plugins) as the build.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { resolveDossierOptions, type DossierOptions, type ResolvedDossierOptions } from '../lib/config/options.ts';
import { DOSSIER_INTEGRATION } from '../integrations/dossier.ts';

/** `env` holds the DOSSIER_* overrides (by default this process's environment). */
export async function projectOptions(root: string, env: Record<string, string | undefined> = process.env): Promise<ResolvedDossierOptions> {
  const file = path.join(root, 'astro.config.mjs');
  let options: DossierOptions = {};
  if (existsSync(file)) {
    const config = ((await import(pathToFileURL(file).href)) as { default?: { integrations?: unknown[] } }).default;
    const integration = config?.integrations?.flat().find((i) => (i as { name?: string })?.name === DOSSIER_INTEGRATION) as { dossierOptions?: DossierOptions } | undefined;
    options = integration?.dossierOptions ?? {};
  }
  return resolveDossierOptions(options, env);
}
