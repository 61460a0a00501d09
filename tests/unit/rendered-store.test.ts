/**
 * The renderings a build keeps for the next (src/lib/dossier/rendered-store.ts):
 * found by document, language, site root and code; a half-written entry is
 * none; a load forgets the entries it did not use. Which documents a load
 * renders again is in load.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeDigest, openRenderedStore } from '../../src/lib/dossier/rendered-store.ts';
import type { RenderedDocument } from '../../src/lib/dossier/documents.ts';

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-rendered-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const rendering = (html: string): RenderedDocument => ({ html, citations: [], judgments: [], blocks: [{ id: 'para-1', text: html }], claimReferences: [], diagnostics: [] });
/** What the assembly would make of a rendering's view of other files now. */
const shownNow = (shown: string) => () => shown;

describe('the store of renderings', () => {
  it('gives back what was put to a store opened later on the same folder, while what it showed is unchanged, and counts it', () => {
    const folder = path.join(scratch, 'store');
    const first = openRenderedStore(folder, 'code', '/');
    const key = first.keyOf('content/topics/a.md', 'digest-1', 'en');
    expect(first.reuse(key, shownNow('[1]'))).toBeUndefined();
    first.put(key, rendering('<p>A</p>'), '[1]');
    const later = openRenderedStore(folder, 'code', '/');
    expect(later.reuse(key, shownNow('[2]'))).toBeUndefined();
    expect(later.reused).toBe(0);
    expect(later.reuse(key, shownNow('[1]'))).toEqual(rendering('<p>A</p>'));
    expect(later.reused).toBe(1);
  });

  it('finds an entry only for the same document bytes, path, language, site root and code', () => {
    const store = openRenderedStore(path.join(scratch, 'store'), 'code', '/');
    const key = store.keyOf('content/topics/a.md', 'digest-1', 'en');
    const others = [
      store.keyOf('content/topics/a.md', 'digest-2', 'en'),
      store.keyOf('content/topics/b.md', 'digest-1', 'en'),
      store.keyOf('content/topics/a.md', 'digest-1', 'de'),
      openRenderedStore(path.join(scratch, 'store'), 'code', '/dossier/').keyOf('content/topics/a.md', 'digest-1', 'en'),
      openRenderedStore(path.join(scratch, 'store'), 'other code', '/').keyOf('content/topics/a.md', 'digest-1', 'en'),
    ];
    expect(new Set([key, ...others]).size).toBe(6);
  });

  it('takes a half-written entry for none', () => {
    const folder = path.join(scratch, 'store');
    const store = openRenderedStore(folder, 'code', '/');
    const key = store.keyOf('content/topics/a.md', 'digest-1', 'en');
    mkdirSync(folder);
    writeFileSync(path.join(folder, `${key}.bin`), Buffer.from([0xff, 0x0f, 0x6f]));
    expect(store.reuse(key, shownNow('[]'))).toBeUndefined();
  });

  it('forgets the entries a load neither read nor wrote', () => {
    const folder = path.join(scratch, 'store');
    const earlier = openRenderedStore(folder, 'code', '/');
    const [kept, gone] = ['a', 'b'].map((name) => earlier.keyOf(`content/topics/${name}.md`, 'digest', 'en'));
    earlier.put(kept!, rendering('A'), '[]');
    earlier.put(gone!, rendering('B'), '[]');

    const later = openRenderedStore(folder, 'code', '/');
    expect(later.reuse(kept!, shownNow('[]'))).toEqual(rendering('A'));
    later.forgetUnused();
    expect(readdirSync(folder)).toEqual([`${kept}.bin`]);
  });
});

describe('the digest of the code that renders', () => {
  it('changes with any file of src/, the Astro config or the lockfile, and with nothing else', () => {
    const root = path.join(scratch, 'project');
    mkdirSync(path.join(root, 'src', 'markdown'), { recursive: true });
    const write = (file: string, text: string) => writeFileSync(path.join(root, file), text);
    write('src/markdown/pipeline.ts', 'export {};');
    write('astro.config.mjs', 'export default {};');
    write('package-lock.json', '{}');
    write('README.md', 'Read me.');
    const digests = [codeDigest(root)];
    write('README.md', 'Read me again.');
    expect(codeDigest(root)).toBe(digests[0]);
    for (const [file, text] of [['src/markdown/pipeline.ts', 'export const x = 1;'], ['src/markdown/plugin.ts', 'export {};'], ['astro.config.mjs', 'export default { base: "/x/" };'], ['package-lock.json', '{ "v": 2 }']] as const) {
      write(file, text);
      digests.push(codeDigest(root));
    }
    expect(new Set(digests).size).toBe(5);
  });
});
