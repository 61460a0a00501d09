/**
 * A build with a broken citation stops, names the file and line, and leaves
 * the previous dist/ exactly as it was.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { copySeedContent, projectCopy, runBuild } from '../support/build.ts';
import { outputFolder } from '../../src/cli/output-folder.ts';

/** This file's own checkout, so that no other test's build holds its build lock. */
let checkout: string;
let content: string;
let outDir: string;
let topicFile: string;
let counter = 0;

beforeAll(() => {
  checkout = projectCopy(path.join(inject('scratch'), 'failures-checkout'));
});

beforeEach(() => {
  const scratch = inject('scratch');
  counter += 1;
  content = path.join(scratch, `content-${counter}`);
  outDir = path.join(scratch, `dist-${counter}`);
  copySeedContent(content);
  topicFile = path.join(content, 'topics', 'the-call.md');
  // A "previous build" that a failed build must leave alone.
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.html'), 'previous build');
});

/** Replaces the first quote locator of the topic page; returns its line and column. */
function breakFirstQuote(replace: (citation: string) => string): { line: number; column: number } {
  const lines = readFileSync(topicFile, 'utf8').split('\n');
  const index = lines.findIndex((l) => /\[@[^\]]+, "/u.test(l));
  const column = lines[index]!.indexOf('[@') + 1;
  lines[index] = lines[index]!.replace(/\[@[^\]]+?, "[^"]+"/u, replace);
  writeFileSync(topicFile, lines.join('\n'));
  return { line: index + 1, column };
}

function expectPreviousBuildKept() {
  expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous build');
  expect(readdirSync(outDir)).toEqual(['index.html']);
  expect(readdirSync(path.dirname(outDir)).filter((n) => n.startsWith(`${path.basename(outDir)}.`))).toEqual([]);
  // Nothing half-built is left where builds are kept.
  expect(readdirSync(outputFolder(outDir).builds)).toEqual([]);
}

describe('a failing build', () => {
  it('stops on a quote the source lacks, naming file and line', () => {
    const at = breakFirstQuote((citation) => citation.replace(/"[^"]+"$/u, '"words the source never printed"'));
    const result = runBuild({ DOSSIER_CONTENT: content, DOSSIER_OUT_DIR: outDir }, checkout);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`topics/the-call.md:${at.line}:${at.column} The quote "words the source never printed" is not in "`);
    expectPreviousBuildKept();
  });

  it('stops on an unknown article id, naming file and line', () => {
    const at = breakFirstQuote((citation) => citation.replace(/^\[@[^,]+/u, '[@no-such-article'));
    const result = runBuild({ DOSSIER_CONTENT: content, DOSSIER_OUT_DIR: outDir }, checkout);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`topics/the-call.md:${at.line}:${at.column} Unknown source "@no-such-article": no article has this id.`);
    expectPreviousBuildKept();
  });

  it('stops on malformed frontmatter, naming file and line', () => {
    const article = path.join(content, 'articles', '2025-06-14-fifty-minute-call.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^published: .*$/mu, 'published: "last Saturday"'));
    const line = readFileSync(article, 'utf8').split('\n').findIndex((l) => l.startsWith('published:')) + 1;
    const result = runBuild({ DOSSIER_CONTENT: content, DOSSIER_OUT_DIR: outDir }, checkout);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`articles/2025-06-14-fifty-minute-call.md:${line}:1 "published" must be a date written YYYY-MM-DD, YYYY-MM or YYYY, or "unknown", not the text "last Saturday".`);
    expectPreviousBuildKept();
  });

  it('replaces dist/ only when the build succeeds, keeping the site it replaced beside the new one', () => {
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
