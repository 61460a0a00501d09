/** Two builds of the same content produce the same files, byte for byte. */
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../support/html.ts';
import { runBuild } from '../support/build.ts';
import { readFileSync, readdirSync, statSync } from 'node:fs';

function allFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const relative = path.join(prefix, name);
    return statSync(path.join(dir, relative)).isDirectory() ? allFiles(dir, relative) : [relative];
  });
}

describe('reproducible builds', () => {
  it('a second build of the seed dossier is identical to the first', () => {
    const first = inject('seedDist');
    const second = path.join(inject('scratch'), 'seed-again');
    const result = runBuild({ DOSSIER_OUT_DIR: second });
    expect(result.status, result.output).toBe(0);
    const files = allFiles(first).sort();
    expect(allFiles(second).sort()).toEqual(files);
    expect(htmlFiles(first).length).toBeGreaterThan(5);
    for (const file of files) {
      expect(readFileSync(path.join(second, file)).equals(readFileSync(path.join(first, file))), file).toBe(true);
    }
  });
});
