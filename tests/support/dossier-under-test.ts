/**
 * The dossier the structural tests check: the content folder DOSSIER_CONTENT
 * names, as for `npm run build`, or the seed (`content`). `npm test` on a
 * dossier of one's own runs every check that holds for any dossier; the
 * assertions about the seed's own words (tests/seed/) run only on the seed.
 */
import path from 'node:path';
import process from 'node:process';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The content folder as given: relative to the project, or absolute. */
export const DOSSIER_UNDER_TEST = process.env['DOSSIER_CONTENT'] || 'content';

/** Its absolute path. */
export const DOSSIER_UNDER_TEST_PATH = path.resolve(PROJECT_ROOT, DOSSIER_UNDER_TEST);

/** Whether it is the seed dossier, whose content tests/seed/ asserts. */
export const TESTING_SEED = DOSSIER_UNDER_TEST_PATH === path.join(PROJECT_ROOT, 'content');
