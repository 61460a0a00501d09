/** Two builds of the same content produce the same files, byte for byte: a clean `npm run build` in a new checkout, and the usual `astro build`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { allFiles, htmlFiles } from '../support/html.ts';
import { copySeedContent, projectCopy, runBuild } from '../support/build.ts';

/** Builds a copy of the seed content in a new checkout, which has no cache from any earlier build: a clean build. */
function cleanBuild(name: string): string {
  const content = path.join(inject('scratch'), name, 'content');
  const out = path.join(inject('scratch'), name, 'dist');
  copySeedContent(content);
  const result = runBuild({ DOSSIER_CONTENT: content, DOSSIER_OUT_DIR: out }, projectCopy(path.join(inject('scratch'), name, 'checkout')));
  expect(result.status, result.output).toBe(0);
  return out;
}

describe('reproducible builds', () => {
  // The usual build is the shared seed build: a plain `astro build` in this checkout, with whatever cache it has.
  it('a clean npm run build of the seed dossier, in another checkout, is identical to the usual astro build', () => {
    const clean = cleanBuild('clean');
    const usual = inject('seedDist');
    const files = allFiles(clean).sort();
    expect(htmlFiles(clean).length).toBeGreaterThan(5);
    expect(allFiles(usual).sort()).toEqual(files);
    for (const file of files) {
      expect(readFileSync(path.join(usual, file)).equals(readFileSync(path.join(clean, file))), file).toBe(true);
    }
  });
});
