/**
 * The GitHub Pages workflow (.github/workflows/deploy.yml) as the tests run
 * it: its build step's command and environment, with the values GitHub would
 * give its expressions for an example repository, and the folders it keeps
 * between runs. Read from the file, so a change to the workflow changes what
 * the tests build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from './build.ts';

export const PAGES_WORKFLOW = '.github/workflows/deploy.yml';

/** An example repository `analyst/briefing-dossier`, published at https://analyst.github.io/briefing-dossier/. */
const EXPRESSION_VALUES: Record<string, string> = {
  'steps.pages.outputs.base_path': '/briefing-dossier',
  'steps.pages.outputs.origin': 'https://analyst.github.io',
  'github.event.repository.name': 'briefing-dossier',
  'github.repository_owner': 'analyst',
};

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly env?: Record<string, string>;
  readonly with?: Record<string, string | undefined>;
}

interface Workflow {
  readonly jobs: Record<string, { readonly steps?: readonly Step[] }>;
}

/** `${{ expression }}` replaced by the example's value; an expression without one fails, naming it. */
function evaluate(value: string): string {
  return value.replace(/\$\{\{\s*(.+?)\s*\}\}/gu, (_, expression: string) => {
    const known = EXPRESSION_VALUES[expression];
    if (known === undefined) throw new Error(`${PAGES_WORKFLOW}: the tests give no value to \${{ ${expression} }}; add one to EXPRESSION_VALUES.`);
    return known;
  });
}

export interface PagesBuild {
  /** The build step's `run`, e.g. `npm run build`. */
  readonly command: string;
  /** The build step's `env`, its expressions evaluated. */
  readonly env: Record<string, string>;
  /** The path the site is published under (DOSSIER_BASE). */
  readonly base: string;
  /** The site's origin (DOSSIER_SITE). */
  readonly site: string;
  /** The folder the workflow uploads to Pages. */
  readonly uploads: string;
  /** The workflow's steps in order, each named by what it runs or uses (`npm install`, `actions/cache@v6`). */
  readonly steps: readonly string[];
  /** The actions/cache step, if any: as named in `steps`, its folders (relative to the checkout), and its key and restore-keys as written. */
  readonly cache: { readonly step: string; readonly paths: readonly string[]; readonly key: string; readonly restoreKeys: readonly string[] } | undefined;
}

const lines = (value: string | undefined) => (value ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== '');

function stepsOf(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
}

const stepName = (step: Step) => step.run ?? step.uses ?? step.name ?? '';

/** The workflow's build, as it would run for the example repository. */
export function pagesBuild(): PagesBuild {
  const workflow = parse(readFileSync(path.join(PROJECT_ROOT, PAGES_WORKFLOW), 'utf8')) as Workflow;
  const steps = stepsOf(workflow);
  const build = steps.find((step) => step.run !== undefined && step.env?.['DOSSIER_BASE'] !== undefined);
  const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
  const cache = steps.find((step) => step.uses?.startsWith('actions/cache@'));
  if (!build?.run || !upload?.with?.['path']) throw new Error(`${PAGES_WORKFLOW}: no build step setting DOSSIER_BASE, or no upload-pages-artifact step with a path.`);
  const env = Object.fromEntries(Object.entries(build.env ?? {}).map(([name, value]) => [name, evaluate(String(value))]));
  return {
    command: build.run,
    env,
    base: env['DOSSIER_BASE']!,
    site: env['DOSSIER_SITE'] ?? '',
    uploads: evaluate(upload.with['path']),
    steps: steps.map(stepName),
    cache: cache && { step: stepName(cache), paths: lines(cache.with?.['path']), key: cache.with?.['key'] ?? '', restoreKeys: lines(cache.with?.['restore-keys']) },
  };
}
