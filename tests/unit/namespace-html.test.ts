/** Several rendered documents on one page: ids prefixed, references to them kept, headings nested. */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { namespaceHtml } from '../../src/lib/html/namespace.ts';

const doc = [
  '<h2 id="key-judgments">Key judgments</h2>',
  '<p id="para-1">A claim<span class="citation"><a class="citation-marker" id="cite-ref-1" href="/sources/a/#p-2" aria-describedby="cite-preview-1">[1]</a>',
  '<span class="citation-preview" id="cite-preview-1" role="tooltip">preview</span></span>.</p>',
  '<p><a href="#key-judgments">Back to the judgments</a>, <a href="#main">skip</a>, <a href="https://example.org/#x">elsewhere</a>.</p>',
  '<label for="q">Q</label><input id="q"><h3>Sub</h3><h6 id="deep">Deep</h6>',
].join('');

describe('namespaceHtml', () => {
  const tree = fromHtml(namespaceHtml(doc, { idPrefix: 'topic-a-', headingShift: 1 }), { fragment: true });
  const attribute = (selector: string, name: string) => selectAll(selector, tree).map((e) => e.properties[name]);

  it('prefixes every id', () => {
    expect(attribute('[id]', 'id')).toEqual(['topic-a-key-judgments', 'topic-a-para-1', 'topic-a-cite-ref-1', 'topic-a-cite-preview-1', 'topic-a-q', 'topic-a-deep']);
  });

  it('points every reference to an id of the document at the prefixed id', () => {
    expect(attribute('a.citation-marker', 'ariaDescribedBy')).toEqual([['topic-a-cite-preview-1']]);
    expect(attribute('label', 'htmlFor')).toEqual([['topic-a-q']]);
    expect(attribute('p a', 'href')).toContain('#topic-a-key-judgments');
  });

  it('leaves links to other pages and to ids outside the document alone', () => {
    expect(attribute('a', 'href')).toEqual(expect.arrayContaining(['/sources/a/#p-2', '#main', 'https://example.org/#x']));
  });

  it('moves headings down a level, never past h6', () => {
    expect(selectAll('h3, h4, h6', tree).map((h) => h.tagName)).toEqual(['h3', 'h4', 'h6']);
    expect(select('h2', tree)).toBeUndefined();
  });

  it('keeps the text and, without a shift, the headings', () => {
    const text = (html: string) => toText(fromHtml(html, { fragment: true }));
    expect(text(namespaceHtml(doc, { idPrefix: 'x-' }))).toBe(text(doc));
    expect(namespaceHtml(doc, { idPrefix: 'x-' })).toContain('<h2 id="x-key-judgments">');
  });
});
