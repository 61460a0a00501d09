/**
 * The dossier the structural tests check: the content folder DOSSIER_CONTENT
 * names, as for `npm run build`, or the seed (`content`). `npm test` on a
 * dossier of one's own runs every check that holds for any dossier; the
 * assertions about the seed's own words (tests/seed/) run only on the seed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { uiFor } from '../../src/lib/i18n/ui.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The content folder as given: relative to the project, or absolute. */
export const DOSSIER_UNDER_TEST = process.env['DOSSIER_CONTENT'] || 'content';

/** Its absolute path. */
export const DOSSIER_UNDER_TEST_PATH = path.resolve(PROJECT_ROOT, DOSSIER_UNDER_TEST);

/** Whether it is the seed dossier, whose content tests/seed/ asserts. */
export const TESTING_SEED = DOSSIER_UNDER_TEST_PATH === path.join(PROJECT_ROOT, 'content');

/**
 * The UI strings the dossier's pages show: the table of its `language`
 * (dossier.md), so that checks of page furniture hold in any language.
 */
export const UI_UNDER_TEST = uiFor(languageOf(DOSSIER_UNDER_TEST_PATH));

/** The primary language subtag of the dossier's `language` (`de` for `de-CH`), which names Pagefind's files. */
export const LANGUAGE_UNDER_TEST = languageOf(DOSSIER_UNDER_TEST_PATH).split('-')[0]!.toLowerCase();

function languageOf(folder: string): string {
  return /^language:\s*["']?([A-Za-z0-9-]+)/mu.exec(readFileSync(path.join(folder, 'dossier.md'), 'utf8'))?.[1] ?? 'en';
}
