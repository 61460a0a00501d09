/**
 * What a build keeps in its cache folder for the next (src/integrations/
 * kept-files.ts): the search index's parts and the citation files. A build
 * that reuses some of them writes, byte for byte, what a build without a
 * cache writes from the same pages and articles; what changed is made
 * again; and a build never writes through a kept file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { writeCitationFiles, type CitableArticle } from '../../src/integrations/citation-files.ts';
import type { ArticleData } from '../../src/schemas/article.ts';
import { folderFingerprint } from '../support/build.ts';

/** Every scratch folder the file made, removed after its tests. */
const scratchFolders: string[] = [];
const scratch = () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'dossier-kept-'));
  scratchFolders.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of scratchFolders) rmSync(folder, { recursive: true, force: true });
});
const PAGES_PER_PART = 2;

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

/** A built site of `sources` source pages (numbered 1…, in the archive's order), the dossier's own pages, and an unindexed print page. */
function site(sources: number, edits: Record<string, string> = {}): { dir: string; archiveOrder: Map<string, number> } {
  const dir = scratch();
  const files: Record<string, string> = {
    'index.html': page('Briefing', `The briefing on ${sources} sources.`),
    'topics/harbour/index.html': page('Harbour', 'The harbour strike and the ballot.'),
    'print/index.html': '<!doctype html><html lang="en"><head><title>Print</title></head><body><p>Print edition</p></body></html>',
  };
  const archiveOrder = new Map<string, number>();
  for (let n = 1; n <= sources; n += 1) {
    const file = path.join('sources', `report-${n}`, 'index.html');
    files[file] = page(`Report ${n}`, `Dockworkers voted in ballot number ${n} on the breakwater.`);
    archiveOrder.set(file, n);
  }
  for (const [file, content] of Object.entries({ ...files, ...edits })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return { dir, archiveOrder };
}

async function index(built: { dir: string; archiveOrder: Map<string, number> }, cacheFolder?: string): Promise<string> {
  const { summary } = await buildSearchIndex(built.dir, { pagesPerIndex: PAGES_PER_PART, archiveOrder: built.archiveOrder, cacheFolder });
  return summary;
}

/** The search index a build without a cache writes for the same site. */
async function cleanIndex(sources: number, edits: Record<string, string> = {}): Promise<string[]> {
  const fresh = site(sources, edits);
  await index(fresh);
  return folderFingerprint(path.join(fresh.dir, 'pagefind'));
}

describe('the search index kept between builds', () => {
  it('is reused where a part’s pages did not change, and the index is what a build without a cache writes', async () => {
    const cache = scratch();
    expect(await index(site(4), cache)).not.toMatch(/unchanged/u);

    // An added source (the next number) and a changed briefing: the two full parts of the archive are reused.
    const added = site(5);
    expect(await index(added, cache)).toMatch(/in \d+ parts, 2 of them unchanged \(from the cache\)/u);
    expect(folderFingerprint(path.join(added.dir, 'pagefind'))).toEqual(await cleanIndex(5));

    // A source of the first part changed: that part is made again, the second reused.
    const edits = { [path.join('sources', 'report-1', 'index.html')]: page('Report 1', 'Dockworkers rejected the ballot.') };
    const edited = site(5, edits);
    const summary = await index(edited, cache);
    expect(summary).toMatch(/, \d+ of them unchanged \(from the cache\)/u);
    expect(summary).not.toMatch(/, 2 of them unchanged/u);
    expect(folderFingerprint(path.join(edited.dir, 'pagefind'))).toEqual(await cleanIndex(5, edits));

    // Nothing changed: all of it from the cache.
    const again = site(5, edits);
    expect(await index(again, cache)).toMatch(/unchanged \(the index from the cache\)/u);
    expect(folderFingerprint(path.join(again.dir, 'pagefind'))).toEqual(folderFingerprint(path.join(edited.dir, 'pagefind')));
  });
});

const article = (n: number, title = `Report ${n}`): CitableArticle => ({
  id: `report-${n}`,
  data: { title, outlet: 'Harbour Gazette', published: `2025-06-${String(n).padStart(2, '0')}`, url: `https://gazette.example/${n}`, language: 'en' } as ArticleData,
});

describe('the citation files kept between builds', () => {
  it('are linked where an article’s citation did not change, and the files are what a build without a cache writes', () => {
    const cache = scratch();
    const articles = [article(1), article(2), article(3)];
    expect(writeCitationFiles(scratch(), articles, cache)).toEqual({ files: 9, kept: 0 });

    const retitled = [article(1), article(2, 'Report 2, corrected'), article(3)];
    const out = scratch();
    expect(writeCitationFiles(out, retitled, cache)).toEqual({ files: 9, kept: 6 });
    const fresh = scratch();
    writeCitationFiles(fresh, retitled);
    expect(folderFingerprint(out)).toEqual(folderFingerprint(fresh));
    expect(readFileSync(path.join(out, 'sources', 'report-2', 'cite.bib'), 'utf8')).toContain('Report 2, corrected');
  });

  it('are never written through: a build into a folder that holds linked files leaves the kept ones as they were', () => {
    const cache = scratch();
    const out = scratch();
    writeCitationFiles(out, [article(1)], cache);
    writeCitationFiles(out, [article(1)], cache);
    const kept = folderFingerprint(cache);
    // Written again into the same folder (as `astro build` does when Vite's emptyOutDir is off), with another title.
    writeCitationFiles(out, [article(1, 'Report 1, corrected')]);
    expect(readFileSync(path.join(out, 'sources', 'report-1', 'cite.bib'), 'utf8')).toContain('Report 1, corrected');
    expect(folderFingerprint(cache)).toEqual(kept);
  });
});
