/**
 * The hostile article (tests/fixtures/articles/hostile.md), added with `npm
 * run add` to a copy of the seed, changes nothing of the built site but its
 * own source page and the lists every source appears in, and those only by
 * words: compared with the shared build of the seed, which it leaves alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { copySeedContent, PROJECT_ROOT, projectCopy, runBuild, userEnvironment } from '../support/build.ts';
import { allFiles, htmlFiles, readPage } from '../support/html.ts';

const FIXTURE = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles', 'hostile.md');
/** Words of the hostile title that must show as text, never as markup. */
const TITLE_AS_TEXT = "Quay <script>window.__pwned = 'title'</script>";

/** A copy of the seed content in the test's scratch folder. */
function seedCopy(name: string): string {
  const content = path.join(inject('scratch'), name, 'content');
  mkdirSync(path.dirname(content), { recursive: true });
  copySeedContent(content);
  return content;
}

/** Builds in a checkout of its own, so that no other test's build holds its build lock. */
function build(content: string, name: string): string {
  const dist = path.join(inject('scratch'), name, 'dist');
  const result = runBuild({ DOSSIER_CONTENT: content, DOSSIER_OUT_DIR: dist }, projectCopy(path.join(inject('scratch'), `${name}-checkout`)));
  if (result.status !== 0) throw new Error(`Building ${name} failed:\n${result.output}`);
  return dist;
}

/** Every file under `dir`, relative, with its bytes. */
const files = (dir: string) => new Map(allFiles(dir).map((file) => [file, readFileSync(path.join(dir, file))] as const));

/** What in a built page could run script or fetch from elsewhere, as comparable strings. */
function activeMarkup(dist: string, file: string): string[] {
  const tree = fromHtml(readFileSync(path.join(dist, file), 'utf8'));
  return selectAll('*', tree).flatMap((element: Element) => {
    const found: string[] = [];
    if (['script', 'iframe', 'object', 'embed', 'form', 'base', 'link', 'img', 'svg', 'style'].includes(element.tagName)) {
      found.push(`${element.tagName} ${JSON.stringify(element.properties)} ${element.tagName === 'script' ? toText(element).slice(0, 200) : ''}`);
    }
    for (const name of Object.keys(element.properties)) if (/^on/iu.test(name)) found.push(`${element.tagName} ${name}`);
    return found;
  });
}

describe('the hostile article added with npm run add', () => {
  let before: string;
  let after: string;
  let id: string;

  beforeAll(() => {
    before = inject('siteDist');
    const content = seedCopy('hostile-add');
    const result = spawnSync(process.execPath, ['src/cli/add.ts', FIXTURE], {
      cwd: PROJECT_ROOT,
      env: userEnvironment({ DOSSIER_CONTENT: content }),
      input: '',
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`npm run add failed:\n${result.stdout}${result.stderr}`);
    const written = result.stdout.trim().split('\n').at(-1)!;
    id = path.basename(written, '.md');
    after = build(content, 'hostile-add');
  });

  it('changes nothing but its own source page and the lists of every source', () => {
    const old = files(before);
    const now = files(after);
    const changed = [...new Set([...old.keys(), ...now.keys()])].filter((f) => !old.get(f)?.equals(now.get(f) ?? Buffer.alloc(0))).sort();
    const links = (dist: string, file: string) => new Set(selectAll('a[href]', readPage(dist, file)).map((a) => String(a.properties['href'])));
    // Pages that linked to every source before it was added are the lists of sources (they also count them);
    // the print edition's contents counts them in the dossier's figures without listing them.
    const sourceIds = readdirSync(path.join(PROJECT_ROOT, 'content', 'articles')).map((file) => path.basename(file, '.md'));
    const counts = (file: string) => selectAll('.page-meta', readPage(before, file)).some((meta) => toText(meta).includes(`${sourceIds.length} sources`));
    const lists = new Set(htmlFiles(before).filter((file) => sourceIds.every((s) => links(before, file).has(`/sources/${s}/`)) || counts(file)));
    const own = (f: string) => f.startsWith(`sources/${id}/`);
    // The search index, and the words of titles that search suggests spellings from, take in the new source.
    const index = (f: string) => f.startsWith('pagefind/') || f === 'search/vocabulary.json' || f === 'feed.xml' || f.startsWith('sitemap');
    expect(changed.filter((f) => !own(f) && !index(f) && !lists.has(f))).toEqual([]);
    expect(changed.filter(own)).toContain(`sources/${id}/index.html`);
    // In the lists it changed, it added words, not markup that runs or loads; those that now link to it (the index of sources among them) show its title as text.
    const joined = changed.filter((f) => lists.has(f) && links(after, f).has(`/sources/${id}/`));
    expect(joined).toContain('sources/index.html');
    for (const file of changed.filter((f) => lists.has(f))) expect(activeMarkup(after, file), file).toEqual(activeMarkup(before, file));
    for (const file of joined) expect(toText(readPage(after, file)), file).toContain(TITLE_AS_TEXT);
  });

  it('its own source page carries no active markup from the file', () => {
    const page = `sources/${id}/index.html`;
    const reference = `sources/${readdirSync(path.join(PROJECT_ROOT, 'content', 'articles')).sort()[0]!.replace(/\.md$/u, '')}/index.html`;
    const strip = (markup: string[]) => markup.filter((m) => !m.startsWith('script {"type":"application/ld+json"}'));
    expect(strip(activeMarkup(after, page))).toEqual(strip(activeMarkup(before, reference)));
  });
});
