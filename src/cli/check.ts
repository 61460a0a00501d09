/**
 * `npm run check`: validates all content without building the site and lists
 * every problem as `file:line:column message`. Exits 1 when there is an error.
 * It loads the dossier exactly as the build and `astro dev` do, then compares
 * the key judgments with the last git commit's and looks for indicators to
 * watch whose date has passed (which the build does not: no page depends on
 * the day it is built). DOSSIER_TODAY=YYYY-MM-DD sets the day taken for today.
 */
import process from 'node:process';
import { checkContent } from '../lib/dossier/check.ts';
import { formatDiagnostic } from '../lib/content/diagnostics.ts';
import { createCitingRenderer } from '../markdown/pipeline.ts';
import { projectOptions } from './project-options.ts';
import { lastCommittedIn } from './last-commit.ts';
import { checkDay } from '../lib/config/options.ts';

const root = process.cwd();
const { content } = await projectOptions(root);
let today: string;
try {
  today = checkDay();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const diagnostics = await checkContent(root, content, createCitingRenderer, { today, lastCommitted: lastCommittedIn(root) });
for (const d of diagnostics) console.error(formatDiagnostic(d));
const errors = diagnostics.filter((d) => d.severity === 'error').length;
if (errors > 0) {
  console.error(`\n${errors} error${errors === 1 ? '' : 's'} in the content.`);
  process.exit(1);
}
console.log(`Content OK${diagnostics.length > 0 ? ` (${diagnostics.length} warnings)` : ''}.`);
