/**
 * The order test files start in: the longest first, so that two workers
 * finish together instead of one running a long file alone at the end.
 * Vitest orders by the durations of the last run, but a fresh clone (CI)
 * has none and would order by file size, which says little about time.
 * Files not listed follow in Vitest's own order; the unit tests, which take
 * a second or less each, come last and fill the gaps.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Roughly the longest first, as measured on a 2-core machine. Only the order matters. */
const LONGEST_FIRST = [
  'tests/cli/faults.test.ts',
  'tests/browser/accessibility.test.ts',
  'tests/browser/preview-geometry.test.ts',
  'tests/browser/geometry.test.ts',
  'tests/seed/citations.test.ts',
  'tests/seed/search.test.ts',
  'tests/cli/one-path.test.ts',
  'tests/cli/add.test.ts',
  'tests/site/output.test.ts',
  'tests/browser/quiet-prose.test.ts',
  'tests/browser/search.test.ts',
  // A unit test, but seconds of waiting on locks held by other processes: better beside other work than at the end.
  'tests/unit/build-lock.test.ts',
  'tests/site/determinism.test.ts',
  'tests/site/failures.test.ts',
  'tests/site/html-validate.test.ts',
  'tests/browser/tables.test.ts',
  'tests/cli/check.test.ts',
  'tests/browser/hostile.test.ts',
];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const root = this.ctx.config.root;
    const missing = LONGEST_FIRST.filter((file) => !existsSync(path.join(root, file)));
    if (missing.length > 0) console.warn(`tests/support/longest-first.ts lists files that do not exist: ${missing.join(', ')}`);
    const rank = (file: TestSpecification) => {
      const index = LONGEST_FIRST.indexOf(path.relative(root, file.moduleId));
      if (index !== -1) return index;
      return file.project.name === 'unit' ? LONGEST_FIRST.length + 1 : LONGEST_FIRST.length;
    };
    // Array.prototype.sort is stable: files of one rank keep Vitest's order.
    return base.sort((a, b) => rank(a) - rank(b));
  }
}
