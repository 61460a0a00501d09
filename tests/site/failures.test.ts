/**
 * A build with broken content (a citation, frontmatter) stops, names each
 * fault's file and line, and leaves the previous dist/ exactly as it was; a
 * build that succeeds replaces it, keeping the one it replaced.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { copySeedContent, projectCopy, runBuild, type BuildResult } from '../support/build.ts';
import { outputFolder } from '../../src/cli/output-folder.ts';

/** This file's own checkout, so that no other test's build holds its build lock. */
let checkout: string;

beforeAll(() => {
  checkout = projectCopy(path.join(inject('scratch'), 'failures-checkout'));
});

/** A copy of the seed content, and an output folder holding a "previous build" that a failed build must leave alone. */
function setUp(name: string): { content: string; outDir: string } {
  const content = path.join(inject('scratch'), `${name}-content`);
  const outDir = path.join(inject('scratch'), `${name}-dist`);
  copySeedContent(content);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.html'), 'previous build');
  return { content, outDir };
}

/** Replaces the first quote locator of a topic page; returns the article it cited, and its line and column. */
function breakFirstQuote(topicFile: string, replace: (citation: string) => string): { cited: string; line: number; column: number } {
  const lines = readFileSync(topicFile, 'utf8').split('\n');
  const index = lines.findIndex((l) => /\[@[^\]]+, "/u.test(l));
  const column = lines[index]!.indexOf('[@') + 1;
  const cited = /\[@([^,\]]+)/u.exec(lines[index]!.slice(column - 1))![1]!;
  lines[index] = lines[index]!.replace(/\[@[^\]]+?, "[^"]+"/u, replace);
  writeFileSync(topicFile, lines.join('\n'));
  return { cited, line: index + 1, column };
}

function expectPreviousBuildKept(outDir: string) {
  expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous build');
  expect(readdirSync(outDir)).toEqual(['index.html']);
  expect(readdirSync(path.dirname(outDir)).filter((n) => n.startsWith(`${path.basename(outDir)}.`))).toEqual([]);
  // Nothing half-built is left where builds are kept.
  expect(readdirSync(outputFolder(outDir).builds)).toEqual([]);
}

// One build of a dossier with three faults in three files: the build checks everything before it stops, so each
// fault is named at its own place, and one build tells all three.
describe('a failing build', () => {
  let outDir: string;
  let result: BuildResult;
  const at = {} as Record<'missingQuote' | 'unknownId', { line: number; column: number }> & { frontmatter: { file: string; line: number } };

  beforeAll(() => {
    const made = setUp('broken');
    outDir = made.outDir;
    const missing = breakFirstQuote(path.join(made.content, 'topics', 'the-call.md'), (citation) => citation.replace(/"[^"]+"$/u, '"words the source never printed"'));
    at.missingQuote = missing;
    at.unknownId = breakFirstQuote(path.join(made.content, 'topics', 'israel-iran-strikes.md'), (citation) => citation.replace(/^\[@[^,]+/u, '[@no-such-article'));
    // An article other than the one whose quote is now missing, so that each fault stays its own.
    const article = readdirSync(path.join(made.content, 'articles')).find((name) => name.endsWith('.md') && name !== `${missing.cited}.md`)!;
    const file = path.join(made.content, 'articles', article);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^published: .*$/mu, 'published: "last Saturday"'));
    at.frontmatter = { file: `articles/${article}`, line: readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('published:')) + 1 };
    result = runBuild({ DOSSIER_CONTENT: made.content, DOSSIER_OUT_DIR: outDir }, checkout);
  });

  it('stops', () => {
    expect(result.status, result.output).not.toBe(0);
  });

  it('names a quote the source lacks at its file and line', () => {
    expect(result.output).toContain(`topics/the-call.md:${at.missingQuote.line}:${at.missingQuote.column} The quote "words the source never printed" is not in "`);
  });

  it('names an unknown article id at its file and line', () => {
    expect(result.output).toContain(`topics/israel-iran-strikes.md:${at.unknownId.line}:${at.unknownId.column} Unknown source "@no-such-article": no article has this id.`);
  });

  it('names malformed frontmatter at its file and line', () => {
    expect(result.output).toContain(`${at.frontmatter.file}:${at.frontmatter.line}:1 "published" must be a date written YYYY-MM-DD, YYYY-MM or YYYY, or "unknown", not the text "last Saturday".`);
  });

  it('leaves the previous dist/ exactly as it was, and nothing half-built', () => {
    expectPreviousBuildKept(outDir);
  });
});

describe('a build that succeeds', () => {
  it('replaces dist/, keeping the site it replaced beside the new one', () => {
    const { content, outDir } = setUp('whole');
    const result = runBuild({ DOSSIER_CONTENT: content, DOSSIER_OUT_DIR: outDir }, checkout);
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toMatch(/<h1[\s>]/u);
    expect(existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    const { builds } = outputFolder(outDir);
    const kept = readdirSync(builds).map((name) => readFileSync(path.join(builds, name, 'index.html'), 'utf8'));
    expect(kept).toHaveLength(2);
    expect(kept).toContain('previous build');
  });
});
