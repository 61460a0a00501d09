/** Two clean builds of the same content produce the same files, byte for byte. */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { allFiles, htmlFiles } from '../support/html.ts';
import { copySeedContent, PROJECT_ROOT, runBuild } from '../support/build.ts';
import { contentCacheDir } from '../../src/lib/content/cache-dir.ts';

/** Builds a copy of the seed content with no cache from any earlier build: a clean build. */
function cleanBuild(name: string): string {
  const content = path.join(inject('scratch'), name, 'content');
  const out = path.join(inject('scratch'), name, 'dist');
  copySeedContent(content);
  rmSync(contentCacheDir(PROJECT_ROOT, content), { recursive: true, force: true });
  try {
    const result = runBuild({ DOSSIER_CONTENT: content, DOSSIER_OUT_DIR: out });
    expect(result.status, result.output).toBe(0);
  } finally {
    rmSync(contentCacheDir(PROJECT_ROOT, content), { recursive: true, force: true });
  }
  return out;
}

describe('reproducible builds', () => {
  it('two clean builds of the seed dossier are identical, and equal to the usual build', () => {
    const first = cleanBuild('clean-a');
    const second = cleanBuild('clean-b');
    const files = allFiles(first).sort();
    expect(htmlFiles(first).length).toBeGreaterThan(5);
    expect(allFiles(second).sort()).toEqual(files);
    expect(allFiles(inject('seedDist')).sort()).toEqual(files);
    for (const file of files) {
      const bytes = readFileSync(path.join(first, file));
      expect(readFileSync(path.join(second, file)).equals(bytes), file).toBe(true);
      expect(readFileSync(path.join(inject('seedDist'), file)).equals(bytes), file).toBe(true);
    }
  });
});
