/**
 * The renderings a build keeps for the next (src/lib/dossier/rendered-store.ts):
 * found by document, language, site root and code; a half-written entry is
 * none; a load forgets the entries it did not use. Which documents a load
 * renders again is in load.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { serialize } from 'node:v8';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeDigest, openRenderedStore } from '../../src/lib/dossier/rendered-store.ts';
import { describeProjectPlugins } from '../../src/markdown/pipeline.ts';
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

  it('takes a file that is no entry for none', () => {
    const folder = path.join(scratch, 'store');
    const store = openRenderedStore(folder, 'code', '/');
    const key = store.keyOf('content/topics/a.md', 'digest-1', 'en');
    mkdirSync(folder);
    writeFileSync(path.join(folder, `${key}.bin`), serialize({ something: 'else' }));
    expect(store.reuse(key, (rendered) => JSON.stringify(rendered.citations))).toBeUndefined();
  });

  it('leaves alone what a running build is writing, and removes what a gone one left half-written', () => {
    const folder = path.join(scratch, 'store');
    mkdirSync(folder);
    // Process 1 runs as long as the machine does; no process has a number this high.
    const [running, gone] = ['a.bin.1.writing', 'b.bin.4194305.writing'];
    for (const name of [running!, gone!]) writeFileSync(path.join(folder, name), 'half');
    openRenderedStore(folder, 'code', '/').forgetUnused();
    expect(readdirSync(folder)).toEqual([running]);
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
  const root = () => path.join(scratch, 'project');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root(), file)), { recursive: true });
    writeFileSync(path.join(root(), file), text);
  };
  beforeEach(() => {
    write('src/markdown/pipeline.ts', 'export {};');
    write('astro.config.mjs', 'export default {};');
    write('package-lock.json', '{}');
    write('README.md', 'Read me.');
  });

  it('changes with any file of src/, the Astro config, the lockfile, or the plugins as configured, and with nothing else', () => {
    const digests = [codeDigest(root(), 'plugins')];
    write('README.md', 'Read me again.');
    expect(codeDigest(root(), 'plugins')).toBe(digests[0]);
    const changes = [
      ['src/markdown/pipeline.ts', 'export const x = 1;'],
      ['src/markdown/plugin.ts', 'export {};'],
      ['astro.config.mjs', 'export default { base: "/x/" };'],
      ['astro.config.ts', 'export default {};'],
      ['package-lock.json', '{ "v": 2 }'],
      ['pnpm-lock.yaml', 'lockfileVersion: 9'],
    ] as const;
    for (const [file, text] of changes) {
      write(file, text);
      digests.push(codeDigest(root(), 'plugins'));
    }
    digests.push(codeDigest(root(), 'plugins, another option'));
    expect(new Set(digests).size).toBe(changes.length + 2);
  });

  it('follows a linked file of src/, and leaves out a content folder inside src/', () => {
    write('shared/plugin.ts', 'export {};');
    symlinkSync(path.join(root(), 'shared', 'plugin.ts'), path.join(root(), 'src', 'markdown', 'linked.ts'));
    write('src/content/articles/a.md', 'A.');
    const content = path.join(root(), 'src', 'content');
    const before = codeDigest(root(), '', content);
    write('src/content/articles/a.md', 'A, edited.');
    expect(codeDigest(root(), '', content)).toBe(before);
    write('shared/plugin.ts', 'export const y = 2;');
    expect(codeDigest(root(), '', content)).not.toBe(before);
  });
});

describe('the project’s plugins as the key knows them', () => {
  const remarkNote = (options: { word: string }) => (tree: unknown) => void [tree, options];
  const remarkOther = () => (tree: unknown) => void tree;

  it('differ with a plugin’s code or options, and not between two descriptions of the same', () => {
    const described = [
      describeProjectPlugins({ remarkPlugins: [[remarkNote, { word: 'draft' }]] }),
      describeProjectPlugins({ remarkPlugins: [[remarkNote, { word: 'final' }]] }),
      describeProjectPlugins({ remarkPlugins: [remarkOther] }),
      describeProjectPlugins({ rehypePlugins: [remarkOther] }),
      describeProjectPlugins({}),
    ];
    expect(new Set(described).size).toBe(5);
    expect(describeProjectPlugins({ remarkPlugins: [[remarkNote, { word: 'draft' }]] })).toBe(described[0]);
  });

  it('that cannot be written out (options with a cycle) match no earlier build', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const plugins = { remarkPlugins: [[remarkNote, cyclic]] as never };
    expect(describeProjectPlugins(plugins)).not.toBe(describeProjectPlugins(plugins));
  });
});
