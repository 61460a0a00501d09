/**
 * `npm run new -- <folder>`: a new dossier that `npm run check` passes and
 * `npm run build` builds as it is, and a second `new` into the same folder
 * that refuses and changes nothing.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { folderFingerprint, projectCopy, runBuild, runCheck, runNew, type BuildResult } from '../support/build.ts';
import { readPage } from '../support/html.ts';

describe('npm run new -- <folder>', () => {
  const scratch = path.join(inject('scratch'), 'new-dossier');
  const folder = path.join(scratch, 'my-dossier');
  const dist = path.join(scratch, 'dist');
  let created: BuildResult;
  let built: BuildResult;

  beforeAll(() => {
    mkdirSync(scratch, { recursive: true });
    created = runNew(folder, { DOSSIER_TODAY: '2026-03-02' });
    // The one build of the scaffold, in a checkout of its own so that it waits at no other build's lock.
    built = runBuild({ DOSSIER_CONTENT: folder, DOSSIER_OUT_DIR: dist }, projectCopy(path.join(scratch, 'checkout')));
  });

  it('writes the dossier and names the commands to run next', () => {
    expect(created.status, created.output).toBe(0);
    expect(created.output).toContain(`Wrote a new dossier into ${folder}: dossier.md, topics/example-topic.md, articles/example-report.md, claims/, timeline.yaml, entities.yaml, origins.yaml.`);
    for (const command of ['npm run check', 'npm run add -- <file>', 'npm run dev', 'npm run build']) expect(created.output).toContain(`DOSSIER_CONTENT=${folder} ${command}`);
  });

  it('passes npm run check without a warning', () => {
    const check = runCheck({ DOSSIER_CONTENT: folder });
    expect(check.status, check.output).toBe(0);
    expect(check.output.trim().split('\n').at(-1)).toBe('Content OK.');
  });

  it('builds: a home page with its bottom line, the topic citing the example article, the article with its note', () => {
    expect(built.status, built.output).toBe(0);
    const home = readPage(dist, '');
    expect(toText(select('h1', home)!)).toBe('A new dossier');
    expect(selectAll('.judgment', home)).toHaveLength(1);
    const topic = readPage(dist, 'topics/example-topic/');
    expect(toText(select('h1', topic)!)).toBe('An example topic');
    // Its two quotes land in the first paragraph (characters 0–40 and 41–67), its paragraph reference on the second.
    const cited = selectAll('a[href^="/sources/example-report/#"]', topic).map((a) => String(a.properties['href']));
    expect(cited.sort()).toEqual(['/sources/example-report/#p-2', '/sources/example-report/#q-1-0-40', '/sources/example-report/#q-1-41-67']);
    const source = readPage(dist, 'sources/example-report/');
    expect(toText(select('h1', source)!)).toContain('Bridge reopens after repairs');
    expect(toText(select('#p-1', source)!)).toContain('The bridge reopened to traffic on Monday after two weeks of repairs.');
    expect(toText(select('main', source)!)).toContain('The report does not say who gave this figure; check it against a second source.');
  });

  it('refuses a second new into the same folder, naming it, and changes nothing', () => {
    const before = folderFingerprint(folder);
    const again = runNew(folder);
    expect(again.status).toBe(1);
    expect(again.output).toBe(`${folder} is not empty (it holds 7 entries): nothing was written. Name a new or empty folder.\n`);
    expect(folderFingerprint(folder)).toEqual(before);
  });
});
