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
import type { Diagnostic } from '../../src/lib/content/diagnostics.ts';
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

/**
 * What a load after a change renders again, in both ways a load reuses the
 * last one's renderings: `astro dev`'s loader, kept between edits, and the
 * next build, a new loader that finds in the cache folder what the last
 * build kept (src/lib/dossier/rendered-store.ts). The same edits, the same
 * documents rendered again, the same pages.
 */
describe.each([
  ['reloading after an edit (astro dev)', 'dev'],
  ['the next build, reusing the renderings the last one kept in the cache folder', 'build'],
] as const)('%s', (_title, mode) => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-reload-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  /**
   * A copy of the seed content in folder `name`, a load of it whose renderer counts the files it renders,
   * and the load after a change: the same loader's update in astro dev, a new loader for the next build.
   */
  const reloadable = (name: string) => {
    cpSync(path.join(ROOT, 'content'), path.join(scratch, name), { recursive: true });
    const { rendered, createRenderer } = countingRenderer();
    const cacheFolder = path.join(scratch, `${name}.cache`);
    const newLoader = () => createDossierLoader({ root: scratch, content: name, urls, createRenderer, ...(mode === 'build' ? { cacheFolder } : {}) });
    const loader = newLoader();
    const next = (changed: readonly string[]) => (mode === 'dev' ? loader.update(changed) : newLoader().load());
    return { content: path.join(scratch, name), rendered, load: () => loader.load(), next };
  };

  it('renders no document again when nothing changed, and shows the same', async () => {
    const { rendered, load, next } = reloadable('same');
    const first = await load();
    expect(rendered).toHaveLength(4);
    rendered.length = 0;

    const second = await next([]);
    expect(rendered).toEqual([]);
    expect(second.diagnostics).toEqual(first.diagnostics);
    for (const [i, document] of [second.dossier!.briefing, ...second.dossier!.topics].entries()) {
      expect(document).toEqual([first.dossier!.briefing, ...first.dossier!.topics][i]);
    }
  });

  it('re-renders only the documents that cite an edited article, and reuses every other article', async () => {
    const { content, rendered, load, next } = reloadable('edit');
    const first = await load();
    expect(rendered).toHaveLength(4);
    rendered.length = 0;

    // The briefing and all three topics cite this article.
    const edited = path.join(content, 'articles', '2025-06-14-fifty-minute-call.md');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA paragraph added while the server runs.\n`);
    const second = await next([edited]);
    expect(second.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(rendered.sort()).toEqual(['edit/dossier.md', 'edit/topics/israel-iran-strikes.md', 'edit/topics/the-call.md', 'edit/topics/ukraine-prisoner-swaps.md']);
    expect(second.dossier!.article('2025-06-14-fifty-minute-call')!.blocks.at(-1)).toMatchObject({ text: 'A paragraph added while the server runs.' });
    // In astro dev an unchanged article is the same object; the next build reads it again.
    if (mode === 'dev') expect(second.dossier!.article('2025-06-14-putin-birthday-call-hopes')).toBe(first.dossier!.article('2025-06-14-putin-birthday-call-hopes'));
    expect(second.version).not.toBe(first.version);
  });

  it('re-renders an edited topic alone, with its new words', async () => {
    const { content, rendered, load, next } = reloadable('topic');
    await load();
    rendered.length = 0;

    const edited = path.join(content, 'topics', 'the-call.md');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n\nA paragraph added to the topic.\n`);
    const second = await next([edited]);
    expect(rendered).toEqual(['topic/topics/the-call.md']);
    expect(second.dossier!.topics.find((t) => t.id === 'the-call')!.html).toContain('A paragraph added to the topic.');
  });

  it('reports every citation of words an edited article no longer has, rather than reusing the pages that cite them', async () => {
    const { content, load, next } = reloadable('quote-gone');
    const first = await load();
    expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    const edited = path.join(content, 'articles', '2025-06-14-fifty-minute-call.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replaceAll('in a call that lasted fifty minutes', 'in a call that lasted a while'));
    const second = await next([edited]);
    const citingLine = readFileSync(path.join(content, 'topics', 'the-call.md'), 'utf8').split('\n').findIndex((line) => line.includes('"in a call that lasted fifty minutes"')) + 1;
    const inTopic = second.diagnostics.filter((d) => d.severity === 'error' && d.file === 'quote-gone/topics/the-call.md');
    expect(inTopic.map((e) => e.line)).toContain(citingLine);
    for (const error of inTopic) expect(error.message).toMatch(/^The quote "[^"]*fifty minutes" is not in/u);
  });

  it('re-renders the documents that refer to a claim whose ledger entry changed, with its new words', async () => {
    const { content, rendered, load, next } = reloadable('claims');
    const first = await load();
    expect(first.dossier!.topics.find((t) => t.id === 'the-call')!.html).toContain('How long the call lasted');
    rendered.length = 0;

    const ledger = path.join(content, 'claims', 'the-call.yaml');
    writeFileSync(ledger, readFileSync(ledger, 'utf8').replace('statement: "How long the call lasted"', 'statement: "The length of the call"'));
    const second = await next([ledger]);
    expect(second.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const referring = [first.dossier!.briefing, ...first.dossier!.topics].filter((d) => d.html.includes('data-claim="call-length"')).map((d) => d.file);
    expect(referring).toContain('claims/topics/the-call.md');
    expect(rendered.sort()).toEqual(referring.sort());
    const html = second.dossier!.topics.find((t) => t.id === 'the-call')!.html;
    expect(html).toContain('The length of the call');
    expect(html).not.toContain('How long the call lasted');
  });

  it('renders again a document whose citation failed once the cited source is there, and reports nothing', async () => {
    const { content, load, next } = reloadable('later-source');
    const topic = path.join(content, 'topics', 'the-call.md');
    writeFileSync(topic, `${readFileSync(topic, 'utf8')}\n\nA later report says so [@2026-01-03-later, "a later report"].\n`);
    const first = await load();
    expect(first.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([expect.stringContaining('@2026-01-03-later')]);

    const added = path.join(content, 'articles', '2026-01-03-later.md');
    writeFileSync(added, '---\ntitle: "Later"\noutlet: "Gazette"\npublished: "2026-01-03"\n---\nThis is a later report of the call.\n');
    const second = await next([added]);
    expect(second.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(second.dossier!.topics.find((t) => t.id === 'the-call')!.citations.map((c) => c.articleId)).toContain('2026-01-03-later');
  });

  it('an edited origins.yaml re-renders the documents, whose marks and previews name the origins', async () => {
    const { content, rendered, load, next } = reloadable('origins');
    const first = await load();
    expect(first.dossier!.topics.find((t) => t.id === 'the-call')!.html).toContain('(one origin: Trump’s own account (his Truth Social post and remarks))');
    rendered.length = 0;

    const registry = path.join(content, 'origins.yaml');
    writeFileSync(registry, readFileSync(registry, 'utf8').replace('name: "Trump’s own account (his Truth Social post and remarks)"', 'name: "Trump’s post of 14 June"'));
    const second = await next([registry]);
    expect(rendered).toHaveLength(4);
    const html = second.dossier!.topics.find((t) => t.id === 'the-call')!.html;
    expect(html).toContain('(one origin: Trump’s post of 14 June)');
    expect(html).not.toContain('Truth Social post and remarks)');
    expect(second.dossier!.origin('origin:trump')!.name).toBe('Trump’s post of 14 June');
  });

  it('an added article dated before the others takes the first number, and the documents re-render with every marker renumbered', async () => {
    const { content, rendered, load, next } = reloadable('renumber');
    const first = await load();
    rendered.length = 0;

    const added = path.join(content, 'articles', '2025-01-01-earlier.md');
    writeFileSync(added, '---\ntitle: "Earlier"\noutlet: "Gazette"\npublished: "2025-01-01"\nadded: "2025-01-01"\nlanguage: "en"\n---\nAn earlier report.\n');
    const second = await next([added]);
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

  it('names the problems of an unchanged article at the same lines and columns on the next load', async () => {
    const { content, load, next } = reloadable('same-problems');
    const article = path.join(content, 'articles', '2025-06-14-fifty-minute-call.md');
    // An old field name (a warning at the field) and a note whose words the text does not have (an error at its quote).
    writeFileSync(article, readFileSync(article, 'utf8').replace('imported_from:', 'origin:').replace('  - quote: "in a call that lasted fifty minutes"', '  - quote: "words this report does not have"'));
    const inArticle = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.file === 'same-problems/articles/2025-06-14-fifty-minute-call.md').map((d) => `${d.line}:${d.column} ${d.severity} ${d.message.slice(0, 40)}`);
    const first = inArticle((await load()).diagnostics);
    expect(first).toEqual([
      '9:1 warning origin: renamed "imported_from" (an orig',
      '11:5 error notes[0]: The quote "words this report d',
    ]);
    expect(inArticle((await next([])).diagnostics)).toEqual(first);
  });

  it('an added article that nothing cites re-renders no document; removing a cited one reports every citation of it', async () => {
    const { content, rendered, load, next } = reloadable('add');
    const before = await load();
    rendered.length = 0;

    const added = path.join(content, 'articles', '2026-01-02-new.md');
    writeFileSync(added, '---\ntitle: "New"\noutlet: "Gazette"\npublished: "2026-01-02"\n---\nA new report.\n');
    const numbersBefore = new Map(before.dossier!.articles.map((a) => [a.id, a.number]));
    const afterAdd = await next([added]);
    expect(rendered).toEqual([]);
    expect(afterAdd.dossier!.article('2026-01-02-new')).toMatchObject({ title: 'New', number: numbersBefore.size + 1 });
    expect(afterAdd.dossier!.articles.filter((a) => numbersBefore.has(a.id) && numbersBefore.get(a.id) !== a.number)).toEqual([]);

    const removed = path.join(content, 'articles', '2025-06-14-fifty-minute-call.md');
    unlinkSync(removed);
    const afterRemove = await next([removed]);
    const unknown = afterRemove.diagnostics.filter((d) => d.message.startsWith('Unknown source "@2025-06-14-fifty-minute-call"'));
    expect(unknown.length).toBeGreaterThan(10);
    expect(new Set(unknown.map((d) => d.file))).toContain('add/topics/the-call.md');
  });
});

describe('the next build renders every document again', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-rekey-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  cpSync(path.join(ROOT, 'content'), path.join(scratch, 'content'), { recursive: true });
  mkdirSync(path.join(scratch, 'src'));
  writeFileSync(path.join(scratch, 'src', 'plugin.ts'), 'export {};');
  const { rendered, createRenderer } = countingRenderer();
  const build = (settings: { urls?: ReturnType<typeof createUrls>; rendererPlugins?: string } = {}) =>
    createDossierLoader({ root: scratch, content: 'content', urls: settings.urls ?? urls, createRenderer, cacheFolder: path.join(scratch, 'cache'), rendererPlugins: settings.rendererPlugins ?? 'none' }).load();

  beforeEach(async () => {
    await build();
    rendered.length = 0;
    // Nothing changed: nothing rendered.
    await build();
    expect(rendered).toEqual([]);
  });

  it('after a change of the code in src/', async () => {
    writeFileSync(path.join(scratch, 'src', 'plugin.ts'), 'export const changed = true;');
    await build();
    expect(rendered).toHaveLength(4);
  });

  it('with its plugins configured otherwise', async () => {
    await build({ rendererPlugins: 'another option' });
    expect(rendered).toHaveLength(4);
  });

  it('for a site at another root', async () => {
    const { dossier } = await build({ urls: createUrls('/dossier/') });
    expect(rendered).toHaveLength(4);
    expect(dossier!.topics[0]!.html).toContain('href="/dossier/sources/');
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
