/**
 * Two builds of the same content produce the same files, byte for byte: a
 * clean `npm run build` in a new checkout, the usual `astro build`, and the
 * next run of the GitHub Pages workflow, which rebuilds from the caches the
 * workflow keeps (Astro's incremental build restores unchanged pages).
 */
import { cpSync, existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../support/html.ts';
import { folderFingerprint, projectCopy, runBuild } from '../support/build.ts';
import { DOSSIER_UNDER_TEST_PATH } from '../support/dossier-under-test.ts';
import { pagesBuild } from '../support/pages-workflow.ts';

/** Each of a workflow run's pages that Astro's incremental build restored from its cache, as its log names them. */
const restoredPages = (output: string) => [...output.matchAll(/(\/\S*index\.html) \(restored\)/gu)].map((match) => match[1]!);

/**
 * A checkout at `checkout` as a workflow run has it: the project's files, its
 * packages, and the dossier in the default content folder (as in a
 * repository), so Astro keeps its caches where the workflow finds them.
 */
function checkoutWithContent(checkout: string): string {
  projectCopy(checkout);
  cpSync(DOSSIER_UNDER_TEST_PATH, path.join(checkout, 'content'), { recursive: true });
  return checkout;
}

/** `npm run build` in `checkout`, with the dossier in its content folder, into `out`. */
function build(checkout: string, out: string): string {
  const result = runBuild({ DOSSIER_OUT_DIR: out }, checkout);
  expect(result.status, result.output).toBe(0);
  return result.output;
}

describe('reproducible builds', () => {
  const scratch = path.join(inject('scratch'), 'determinism');
  const checkout = path.join(scratch, 'checkout');
  let clean: string[] = [];

  // A new checkout has no cache from any earlier build: a clean build.
  beforeAll(() => {
    const output = build(checkoutWithContent(checkout), path.join(scratch, 'clean'));
    expect(output).toMatch(/Loaded and verified the dossier in \d+ ms\./u);
    expect(htmlFiles(path.join(scratch, 'clean')).length).toBeGreaterThan(5);
    clean = folderFingerprint(path.join(scratch, 'clean'));
  });

  // The usual build is the shared build of the dossier under test: a plain `astro build` in this checkout, with whatever cache it has.
  it('a clean npm run build of the dossier, in another checkout, is identical to the usual astro build', () => {
    expect(folderFingerprint(inject('siteDist'))).toEqual(clean);
  });

  it('the next workflow run, from the caches the workflow keeps, restores every unchanged page and is identical to the clean build', () => {
    // The next run gets a fresh checkout at the same place, and the cache step brings back its folders from the last run.
    const lastRun = path.join(scratch, 'last-run');
    renameSync(checkout, lastRun);
    checkoutWithContent(checkout);
    const cached = pagesBuild().cache?.paths ?? [];
    for (const folder of cached) {
      if (existsSync(path.join(lastRun, folder))) cpSync(path.join(lastRun, folder), path.join(checkout, folder), { recursive: true });
    }
    const rebuilt = path.join(scratch, 'rebuilt');
    const output = build(checkout, rebuilt);
    const restored = restoredPages(output);
    // Nothing changed: the search index and the citation files are those kept from the last run, not made again.
    expect(output).toMatch(/Indexed \d+ pages for search, unchanged \(the index from the cache\)/u);
    expect(output).toMatch(/Wrote \d+ citation files, unchanged \(from the cache\)/u);
    // So are the renderings of the lede and the topics, which verified their citations (src/lib/dossier/rendered-store.ts).
    expect(output).toMatch(/Loaded and verified the dossier in \d+ ms \((\d+) of \1 documents unchanged, their renderings from the cache\)/u);
    // Topic, source, entity and topic-ledger pages carry a cache key (src/pages): unchanged, each is restored, not rendered.
    const keyed = htmlFiles(rebuilt).filter((file) => /^(topics|sources|entities|claims)\/[^/]+\/index\.html$/u.test(file));
    expect(restored.sort(), `pages restored from ${cached.join(', ')}`).toEqual(keyed.map((file) => `/${file}`).sort());
    // Every file, the search index (pagefind/) and the citation files included.
    expect(folderFingerprint(rebuilt)).toEqual(clean);
  });
});
