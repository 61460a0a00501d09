/**
 * How deeply a page's elements nest, measured before any parser sees it
 * (src/lib/importing/html-depth.ts): the depth the parser would build, within
 * a level, for the ways pages write their tags; and fast on hostile ones.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlDepth, MAX_HTML_DEPTH } from '../../src/lib/importing/html-depth.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
/** The depth of `body`'s content in a page: html and body are two levels. */
const depthOf = (body: string) => htmlDepth(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`, 100_000).depth;

describe('htmlDepth: the nesting a parser would build', () => {
  it.each([
    ['nested divs', '<div>'.repeat(10) + '</div>'.repeat(10), 12],
    ['divs left open', '<div>'.repeat(10), 12],
    ['"<div/>" in HTML, which opens a div', '<div/>'.repeat(10), 12],
    ['nested lists', '<ul><li>'.repeat(10), 22],
    ['list items left open', `<ul>${'<li>item'.repeat(500)}</ul>`, 4],
    ['paragraphs left open', '<p>text'.repeat(500), 3],
    ['a block after an open paragraph', '<p>text<div>block</div>'.repeat(500), 3],
    ['table cells and rows left open, without tbody', `<table>${'<tr><td>cell'.repeat(500)}</table>`, 6],
    ['table cells without rows', `<table>${'<td>cell'.repeat(500)}</table>`, 6],
    ['definition lists left open', `<dl>${'<dt>term<dd>definition'.repeat(500)}</dl>`, 4],
    ['options left open', `<select>${'<option>one'.repeat(500)}</select>`, 4],
    ['links inside links', '<a href="x">'.repeat(500), 3],
    ['void elements', '<br><img src="x"><hr><input>'.repeat(500), 3],
    ['self-closed elements in SVG', `<svg>${'<path d="M0 0"/>'.repeat(500)}</svg>`, 4],
    ['tags inside a script, a comment, a title, a textarea', `<script>${'<div>'.repeat(500)}</script><!--${'<div>'.repeat(500)}--><textarea>${'<div>'.repeat(500)}</textarea>`, 3],
    ['">" inside a quoted attribute', '<div title="a > b">'.repeat(10), 12],
    ['end tags of elements never opened', `${'</span>'.repeat(500)}<div></div>`, 3],
  ])('%s', (_name, body, depth) => {
    expect(depthOf(body)).toBe(depth);
  });

  it('the saved pages of the fixtures are a few levels deep', () => {
    for (const folder of ['articles', 'hostile']) {
      for (const name of readdirSync(path.join(FIXTURES, folder)).filter((n) => n.endsWith('.html') && !n.startsWith('nested-'))) {
        expect(htmlDepth(readFileSync(path.join(FIXTURES, folder, name), 'utf8')).depth, name).toBeLessThan(20);
      }
    }
  });
});

describe('htmlDepth: deep pages', () => {
  it('stops past the limit, at the tag that passed it', () => {
    const measured = htmlDepth(readFileSync(path.join(FIXTURES, 'hostile', 'nested-3000.html'), 'utf8'));
    expect(measured.depth).toBe(MAX_HTML_DEPTH + 1);
    expect(measured.tooDeepAt).toEqual({ line: 5, column: 991 });
  });

  it('a page at the limit passes', () => {
    expect(htmlDepth(`<html><body>${'<div>'.repeat(MAX_HTML_DEPTH - 2)}</body></html>`).tooDeepAt).toBeUndefined();
  });

  it('5 MB of hostile tags are measured in a few seconds at most: linear in the length', () => {
    for (const unit of ['<div>', '<span>', '</span>', '<li><span>', '<p><b>', '<td>', '<!--x-->', '<a x="', '<', '<constructor>']) {
      const page = unit.repeat(Math.floor((5 * 1024 * 1024) / unit.length));
      const started = performance.now();
      htmlDepth(page);
      expect(performance.now() - started, unit).toBeLessThan(3_000);
    }
    // Ten 5 MB pages: each is held to its own bound above; the test as a whole has room for a loaded machine.
  }, 60_000);
});
