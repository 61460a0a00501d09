/**
 * Loading and assembling dossiers in-process, against fixture dossiers: the
 * same loader `npm run check`, `npm run build` and `astro dev` use, without a
 * build. Milliseconds.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDossierLoader } from '../../src/lib/dossier/load.ts';
import { createCitingRenderer } from '../../src/markdown/pipeline.ts';
import type { CreateCitingRenderer } from '../../src/lib/dossier/documents.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { publishDossier, publishedDossier } from '../../src/lib/dossier/published-dossiers.ts';
import { DOSSIER_UNDER_TEST } from '../support/dossier-under-test.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const urls = createUrls('/');

/** The Markdown renderer, counting which files it renders. */
function countingRenderer() {
  const rendered: string[] = [];
  const createRenderer: CreateCitingRenderer = (options) => {
    const render = createCitingRenderer(options);
    return (source) => {
      rendered.push(source.file);
      return render(source);
    };
  };
  return { rendered, createRenderer };
}

const load = (content: string, root = ROOT) => createDossierLoader({ root, content, urls, createRenderer: createCitingRenderer }).load();

describe('loading fixture dossiers', () => {
  it.each([
    // content folder, articles, topics, citations in topics, claims, events, entities, errors, warnings;
    // counted in the files: `grep -c '^- id:'`, …; the seed's row is in tests/seed/counts.test.ts.
    ['tests/fixtures/dossiers/harbour', 2, 1, 5, 0, 0, 0, 0, 0],
    // High confidence on one origin; a captain's words with no attribution.
    ['tests/fixtures/dossiers/origins', 3, 1, 11, 5, 0, 0, 0, 2],
    // bad-frontmatter.md fails validation; every citation in closure.md is broken.
    ['tests/fixtures/dossiers/broken', 1, 1, 0, 1, 1, 0, 11, 0],
  ] as const)('%s: %i articles, %i topics, %i citations, %i claims, %i events, %i entities, %i errors, %i warnings', async (content, articles, topics, citations, claims, events, entities, errors, warnings) => {
    const { dossier, diagnostics } = await load(content);
    expect(dossier?.articles).toHaveLength(articles);
    expect(dossier?.topics).toHaveLength(topics);
    expect(dossier?.topics.flatMap((t) => t.citations)).toHaveLength(citations);
    expect(dossier?.claims).toHaveLength(claims);
    expect(dossier?.timeline).toHaveLength(events);
    expect(dossier?.entities).toHaveLength(entities);
    expect(diagnostics.filter((d) => d.severity === 'error')).toHaveLength(errors);
    expect(diagnostics.filter((d) => d.severity === 'warning')).toHaveLength(warnings);
    for (const d of diagnostics) expect(d.file.startsWith(`${content}/`), d.file).toBe(true);
  });

  it('names dossier.md when it is missing, and assembles nothing', async () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-load-'));
    try {
      const { dossier, diagnostics } = await load('empty', scratch);
      expect(dossier).toBeUndefined();
      expect(diagnostics).toEqual([expect.objectContaining({ file: 'empty/dossier.md', line: 1, column: 1, severity: 'error' })]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('is published under its version, the same object, for the pages of this process to read', async () => {
    const { dossier, version } = await load(DOSSIER_UNDER_TEST);
    publishDossier(version, dossier!);
    expect(publishedDossier(version)).toBe(dossier);
    for (const article of dossier!.articles) expect(dossier!.article(article.id)).toBe(article);
    for (const origin of dossier!.origins) expect(dossier!.origin(origin.key)).toBe(origin);
    // Loads and checks the whole dossier under test: a few seconds for the seed on a loaded machine, near Vitest's 5 s default.
  }, 30_000);

  it('keeps the two latest versions published (astro dev may still render with the previous one)', () => {
    const fake = (n: number) => ({ n }) as unknown as NonNullable<Awaited<ReturnType<typeof load>>['dossier']>;
    for (const n of [1, 2, 3]) publishDossier(`test-version-${n}`, fake(n));
    expect(publishedDossier('test-version-1')).toBeUndefined();
    expect(publishedDossier('test-version-2')).toEqual(fake(2));
    expect(publishedDossier('test-version-3')).toEqual(fake(3));
  });
});

describe('reloading after an edit (astro dev)', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-reload-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  /** A copy of the seed content named `name`, and a loader of it whose renderer counts the files it renders. */
  const reloadable = (name: string) => {
    cpSync(path.join(ROOT, 'content'), path.join(scratch, name), { recursive: true });
    const { rendered, createRenderer } = countingRenderer();
    return { content: path.join(scratch, name), rendered, loader: createDossierLoader({ root: scratch, content: name, urls, createRenderer }) };
  };

  it('re-renders only the documents that cite an edited article, and reuses every other article', async () => {
    const { content, rendered, loader } = reloadable('edit');
    const first = await loader.load();
    expect(rendered).toHaveLength(4);
    rendered.length = 0;

    // The briefing and all three topics cite this article.
    const edited = path.join(content, 'articles', '2025-06-14-fifty-minute-call.md');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA paragraph added while the server runs.\n`);
    const second = await loader.update([edited]);
    expect(second.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(rendered.sort()).toEqual(['edit/dossier.md', 'edit/topics/israel-iran-strikes.md', 'edit/topics/the-call.md', 'edit/topics/ukraine-prisoner-swaps.md']);
    expect(second.dossier!.article('2025-06-14-fifty-minute-call')!.blocks.at(-1)).toMatchObject({ text: 'A paragraph added while the server runs.' });
    expect(second.dossier!.article('2025-06-14-putin-birthday-call-hopes')).toBe(first.dossier!.article('2025-06-14-putin-birthday-call-hopes'));
    expect(second.version).not.toBe(first.version);
  });

  it('an edited origins.yaml re-renders the documents, whose marks and previews name the origins', async () => {
    const { content, rendered, loader } = reloadable('origins');
    const first = await loader.load();
    expect(first.dossier!.topics.find((t) => t.id === 'the-call')!.html).toContain('(one origin: Trump’s own account (his Truth Social post and remarks))');
    rendered.length = 0;

    const registry = path.join(content, 'origins.yaml');
    writeFileSync(registry, readFileSync(registry, 'utf8').replace('name: "Trump’s own account (his Truth Social post and remarks)"', 'name: "Trump’s post of 14 June"'));
    const second = await loader.update([registry]);
    expect(rendered).toHaveLength(4);
    const html = second.dossier!.topics.find((t) => t.id === 'the-call')!.html;
    expect(html).toContain('(one origin: Trump’s post of 14 June)');
    expect(html).not.toContain('Truth Social post and remarks)');
    expect(second.dossier!.origin('origin:trump')!.name).toBe('Trump’s post of 14 June');
  });

  it('an added article dated before the others takes the first number, and the documents re-render with every marker renumbered', async () => {
    const { content, rendered, loader } = reloadable('renumber');
    const first = await loader.load();
    rendered.length = 0;

    const added = path.join(content, 'articles', '2025-01-01-earlier.md');
    writeFileSync(added, '---\ntitle: "Earlier"\noutlet: "Gazette"\npublished: "2025-01-01"\nadded: "2025-01-01"\nlanguage: "en"\n---\nAn earlier report.\n');
    const second = await loader.update([added]);
    expect(second.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(second.dossier!.article('2025-01-01-earlier')!.number).toBe(1);
    expect(rendered).toHaveLength(4);
    for (const document of [second.dossier!.briefing, ...second.dossier!.topics]) {
      expect(document.citations.length).toBeGreaterThan(0);
      for (const use of document.citations) {
        expect(use.sourceNumber).toBe(first.dossier!.article(use.articleId)!.number + 1);
        expect(use.sourceNumber).toBe(second.dossier!.article(use.articleId)!.number);
      }
    }
  });

  it('an added article that nothing cites re-renders no document; removing a cited one reports every citation of it', async () => {
    const { content, rendered, loader } = reloadable('add');
    const before = await loader.load();
    rendered.length = 0;

    const added = path.join(content, 'articles', '2026-01-02-new.md');
    writeFileSync(added, '---\ntitle: "New"\noutlet: "Gazette"\npublished: "2026-01-02"\n---\nA new report.\n');
    const numbersBefore = new Map(before.dossier!.articles.map((a) => [a.id, a.number]));
    const afterAdd = await loader.update([added]);
    expect(rendered).toEqual([]);
    expect(afterAdd.dossier!.article('2026-01-02-new')).toMatchObject({ title: 'New', number: numbersBefore.size + 1 });
    expect(afterAdd.dossier!.articles.filter((a) => numbersBefore.has(a.id) && numbersBefore.get(a.id) !== a.number)).toEqual([]);

    const removed = path.join(content, 'articles', '2025-06-14-fifty-minute-call.md');
    unlinkSync(removed);
    const afterRemove = await loader.update([removed]);
    const unknown = afterRemove.diagnostics.filter((d) => d.message.startsWith('Unknown source "@2025-06-14-fifty-minute-call"'));
    expect(unknown.length).toBeGreaterThan(10);
    expect(new Set(unknown.map((d) => d.file))).toContain('add/topics/the-call.md');
  });
});

describe('renamed frontmatter fields', () => {
  it('reads an article\'s old "origin" as "imported_from", warning at the field; refuses the article when both are given', async () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-renamed-'));
    try {
      cpSync(path.join(ROOT, 'tests', 'fixtures', 'dossiers', 'harbour'), path.join(scratch, 'content'), { recursive: true });
      const file = path.join(scratch, 'content', 'articles', '2026-01-10-harbour-closed.md');
      const current = readFileSync(file, 'utf8');
      writeFileSync(file, current.replace('imported_from: "fixture"', 'origin: "fixture"'));
      const old = await load('content', scratch);
      expect(old.dossier?.article('2026-01-10-harbour-closed')?.data.imported_from).toBe('fixture');
      expect(old.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`)).toEqual([
        'content/articles/2026-01-10-harbour-closed.md:7:1 warning origin: renamed "imported_from" (an origin is now who speaks, in origins.yaml): rename the field; the old name will stop being read.',
      ]);

      writeFileSync(file, current.replace('imported_from: "fixture"', 'imported_from: "fixture"\norigin: "other.txt"'));
      const both = await load('content', scratch);
      // Citations of it wait for its file to be fixed, as for any invalid frontmatter.
      expect(both.diagnostics.filter((d) => d.file.startsWith('content/articles/')).map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
        'content/articles/2026-01-10-harbour-closed.md:8:1 origin: the old name of "imported_from", which is given too: remove "origin".',
      ]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('the content folder: what cannot be read is named, never skipped', () => {
  /** A scratch folder for each test, holding a copy of the harbour fixture as its `content`. */
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-links-'));
    cpSync(path.join(ROOT, 'tests', 'fixtures', 'dossiers', 'harbour'), path.join(scratch, 'content'), { recursive: true });
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('refuses the files of a folder that is a link out of the content folder, each by its path', async () => {
    const topics = path.join(scratch, 'content', 'topics');
    const outside = path.join(scratch, 'elsewhere');
    cpSync(topics, outside, { recursive: true });
    rmSync(topics, { recursive: true });
    symlinkSync(outside, topics);
    const { diagnostics } = await load('content', scratch);
    const refused = diagnostics.filter((d) => d.severity === 'error' && d.file.startsWith('content/topics/')).map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
    expect(refused).toEqual(readdirSync(outside).sort().map((name) => `content/topics/${name}:1:1 The file is a link to ${realpathSync(path.join(outside, name))}, outside the content folder: copy the file into the content folder instead.`));
    expect(refused.length).toBeGreaterThan(0);
  });

  it('refuses a link out of the content folder, a dangling link, a looping link and a folder named like an article, each by its path', async () => {
    const articles = path.join(scratch, 'content', 'articles');
    const outside = path.join(scratch, 'secret.md');
    writeFileSync(outside, readFileSync(path.join(articles, readdirSync(articles)[0]!), 'utf8'));
    symlinkSync(outside, path.join(articles, 'outside.md'));
    symlinkSync(path.join(articles, 'nowhere.txt'), path.join(articles, 'dangling.md'));
    symlinkSync(path.join(articles, 'loop-b.md'), path.join(articles, 'loop-a.md'));
    symlinkSync(path.join(articles, 'loop-a.md'), path.join(articles, 'loop-b.md'));
    mkdirSync(path.join(articles, 'folder.md'));
    const { diagnostics } = await load('content', scratch);
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
    expect(errors).toEqual([
      expect.stringMatching(/^content\/articles\/dangling\.md:1:1 The file is a link to a file that does not exist \(ENOENT\)\.$/u),
      'content/articles/folder.md:1:1 This is a folder, not a file: content files are files.',
      'content/articles/loop-a.md:1:1 The file is a link that loops back on itself.',
      'content/articles/loop-b.md:1:1 The file is a link that loops back on itself.',
      `content/articles/outside.md:1:1 The file is a link to ${realpathSync(outside)}, outside the content folder: copy the file into the content folder instead.`,
    ]);
  });
});
