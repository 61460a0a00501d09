/** Two builds of the same content produce the same files, byte for byte: a clean `npm run build` in a new checkout, and the usual `astro build`. */
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { allFiles, htmlFiles } from '../support/html.ts';
import { projectCopy, runBuild } from '../support/build.ts';
import { DOSSIER_UNDER_TEST_PATH } from '../support/dossier-under-test.ts';

/** Builds a copy of the content under test in a new checkout, which has no cache from any earlier build: a clean build. */
function cleanBuild(name: string): string {
  const content = path.join(inject('scratch'), name, 'content');
  const out = path.join(inject('scratch'), name, 'dist');
  cpSync(DOSSIER_UNDER_TEST_PATH, content, { recursive: true });
  const result = runBuild({ DOSSIER_CONTENT: content, DOSSIER_OUT_DIR: out }, projectCopy(path.join(inject('scratch'), name, 'checkout')));
  expect(result.status, result.output).toBe(0);
  return out;
}

describe('reproducible builds', () => {
  // The usual build is the shared build of the dossier under test: a plain `astro build` in this checkout, with whatever cache it has.
  it('a clean npm run build of the dossier, in another checkout, is identical to the usual astro build', () => {
    const clean = cleanBuild('clean');
    const usual = inject('siteDist');
    const files = allFiles(clean).sort();
    expect(htmlFiles(clean).length).toBeGreaterThan(5);
    expect(allFiles(usual).sort()).toEqual(files);
    for (const file of files) {
      expect(readFileSync(path.join(usual, file)).equals(readFileSync(path.join(clean, file))), file).toBe(true);
    }
  });
});
