/**
 * Every page of the built sites is valid HTML by html-validate's recommended
 * rules (content models, attributes, accessibility, document structure).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { htmlFiles } from '../support/html.ts';

const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: {
      // A source page is titled with the article's own headline, which must not be cut; 70 characters is a search-snippet heuristic, not validity.
      'long-title': 'off',
    },
  }),
);

/** Every problem html-validate finds in one page's markup, as "file:line:column rule: message (at selector)". */
async function problemsIn(html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (at ${m.selector})` : ''}`),
  );
}

/** Every problem on every page of a built site. */
async function problemsInSite(dist: string): Promise<{ pages: number; problems: string[] }> {
  const files = htmlFiles(dist);
  const problems = await Promise.all(files.map((file) => problemsIn(readFileSync(path.join(dist, file), 'utf8'), file)));
  return { pages: files.length, problems: problems.flat() };
}

describe('html-validate', () => {
  it('finds no problem on any page of the dossier under test', async () => {
    const { pages, problems } = await problemsInSite(inject('siteDist'));
    // Every dossier has nine pages at least: home, search, print, claims, timeline, entities, the index of sources, a topic, a source.
    expect(pages).toBeGreaterThanOrEqual(9);
    expect(problems).toEqual([]);
  });

  it('finds no problem on any page of the second dossier', async () => {
    const { pages, problems } = await problemsInSite(inject('harbourDist'));
    expect(pages).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it('finds no problem on any page of the German dossier', async () => {
    const { pages, problems } = await problemsInSite(inject('germanDist'));
    expect(pages).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('is checking: invalid markup is reported with its place and rule', async () => {
    // The checker itself must fail on what it is meant to catch.
    const page = readFileSync(path.join(inject('siteDist'), 'index.html'), 'utf8');
    const broken = page.replace('<main', '<main><p><div>block in a paragraph</div></p><img src="x.png"></main><main');
    const problems = await problemsIn(broken, 'index.html');
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^index\.html:\d+:\d+ wcag\/h37: /u)]));
  });
});
