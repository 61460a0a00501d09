/**
 * `npm run check`: validates all content without building the site and lists
 * every problem as `file:line:column message`. Exits 1 when there is an error.
 * It loads the dossier exactly as the build and `astro dev` do, then compares
 * the key judgments with the last git commit's and looks for indicators to
 * watch whose date has passed (which the build does not: no page depends on
 * the day it is built). DOSSIER_TODAY=YYYY-MM-DD sets the day taken for today.
 *
 * A function of its folder, environment and streams, returning the exit
 * status, so that tests can run it in their own process; `check.ts` runs it
 * as the CLI.
 */
import { checkContent } from '../lib/dossier/check.ts';
import { formatDiagnostic } from '../lib/content/diagnostics.ts';
import { citingRendererWith } from '../markdown/pipeline.ts';
import { projectOptions } from './project-options.ts';
import { lastCommittedIn } from './last-commit.ts';
import { checkDay } from '../lib/config/options.ts';

export interface CheckCommandContext {
  /** The project folder: astro.config.mjs and the content folder are found from it. */
  readonly cwd: string;
  /** The environment, for the DOSSIER_* overrides. */
  readonly env: Record<string, string | undefined>;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

export async function checkCommand({ cwd, env, stdout, stderr }: CheckCommandContext): Promise<number> {
  const options = await projectOptions(cwd, env);
  let today: string;
  try {
    today = checkDay(env);
  } catch (error) {
    stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const { diagnostics, notices } = await checkContent(cwd, options.content, citingRendererWith(options), { today, lastCommitted: lastCommittedIn(cwd) });
  for (const notice of notices) stdout.write(`Note: ${notice}\n`);
  for (const d of diagnostics) stderr.write(`${formatDiagnostic(d)}\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    stderr.write(`\n${errors} error${errors === 1 ? '' : 's'} in the content.\n`);
    return 1;
  }
  stdout.write(`Content OK${diagnostics.length > 0 ? ` (${diagnostics.length} warnings)` : ''}.\n`);
  return 0;
}
