/**
 * `npm run check`: validates all content without building the site and lists
 * every problem as `file:line:column message`. Exits 1 when there is an error.
 * It loads the dossier exactly as the build and `astro dev` do, then compares
 * the key judgments with the last git commit's (which the build does not).
 */
import process from 'node:process';
import { checkContent } from '../lib/dossier/check.ts';
import { formatDiagnostic } from '../lib/content/diagnostics.ts';
import { createCitingRenderer } from '../markdown/pipeline.ts';
import { projectOptions } from './project-options.ts';
import { lastCommittedIn } from './last-commit.ts';

const root = process.cwd();
const { content } = await projectOptions(root);
const diagnostics = await checkContent(root, content, createCitingRenderer, lastCommittedIn(root));
for (const d of diagnostics) console.error(formatDiagnostic(d));
const errors = diagnostics.filter((d) => d.severity === 'error').length;
if (errors > 0) {
  console.error(`\n${errors} error${errors === 1 ? '' : 's'} in the content.`);
  process.exit(1);
}
console.log(`Content OK${diagnostics.length > 0 ? ` (${diagnostics.length} warnings)` : ''}.`);
