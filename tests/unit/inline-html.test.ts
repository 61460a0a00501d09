/** Untrusted markup in article text: what a reader sees, what is kept, what is dropped. */
import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { parseInlineHtml } from '../../src/lib/text/inline-html.ts';
import { highlightRanges } from '../../src/lib/text/highlight.ts';
import { splitArticleBody } from '../../src/lib/text/paragraphs.ts';
import { pagefindFilterText } from '../../src/lib/search/filter-value.ts';

const render = (raw: string) => {
  const parsed = parseInlineHtml(raw);
  return { text: parsed.text, html: parsed.content ? toHtml([...parsed.content]) : undefined };
};

describe('parseInlineHtml', () => {
  it.each([
    // [case, raw, visible text, kept markup (undefined: plain text)]
    ['plain text stays exactly as written', 'Plain  text, AT&T and a < b.', 'Plain  text, AT&T and a < b.', undefined],
    ['emphasis is kept', 'He <em>did</em> call.', 'He did call.', 'He <em>did</em> call.'],
    ['a web link is kept, with rel for the outside', 'See <a href="https://example.org/x">this</a>.', 'See this.', 'See <a href="https://example.org/x" rel="noopener noreferrer nofollow">this</a>.'],
    ['lists are kept, items apart', 'Points:<ul><li>one</li><li>two</li></ul>', 'Points: one two', 'Points:<ul> <li>one</li> <li>two</li></ul>'],
    ['script goes with its content', 'Safe <script>alert(1)</script>text.', 'Safe text.', undefined],
    ['event handlers go', '<b onclick="alert(1)" onmouseover="x()">bold</b>', 'bold', '<b>bold</b>'],
    ['javascript: URLs go', '<a href="javascript:alert(1)">click</a>', 'click', '<a rel="noopener noreferrer nofollow">click</a>'],
    ['data: URLs go', '<a href="data:text/html,<script>alert(1)</script>">x</a>', 'x', '<a rel="noopener noreferrer nofollow">x</a>'],
    ['protocol-relative URLs go: they lead to another host', '<a href="//evil.example/x">x</a>', 'x', '<a rel="noopener noreferrer nofollow">x</a>'],
    ['relative URLs go: they would lead into the dossier', '<a href="/sources/">x</a> <a href="../y">y</a>', 'x y', '<a rel="noopener noreferrer nofollow">x</a> <a rel="noopener noreferrer nofollow">y</a>'],
    ['a mail link is kept', '<a href="mailto:desk@example.org">desk</a>', 'desk', '<a href="mailto:desk@example.org" rel="noopener noreferrer nofollow">desk</a>'],
    ['iframes go with their content', 'A<iframe src="https://evil.example/">fallback</iframe>B', 'AB', undefined],
    ['forms are unwrapped to their words, inputs go', '<form action="https://evil.example/"><input name="q">Words</form>', 'Words', undefined],
    ['SVG with script goes', 'x<svg onload="alert(1)"><script>alert(2)</script></svg>y', 'xy', undefined],
    ['style elements and attributes go', '<style>body{display:none}</style><span style="position:fixed">text</span>', 'text', undefined],
    ['images go (no requests to other hosts)', 'A <img src="https://evil.example/pixel.gif" onerror="alert(1)"> B', 'A B', undefined],
    ['line breaks become spaces', 'one<br>two', 'one two', undefined],
    ['character references are decoded', 'Caf&eacute; &amp; bar', 'Café & bar', undefined],
    ['whitespace collapses across elements', '  A <em> b </em> c  ', 'A b c', 'A <em>b </em>c'],
  ])('%s', (_case, raw, text, html) => {
    expect(render(raw)).toEqual({ text, html });
  });
});

describe('highlightRanges', () => {
  const mark = (text: string) => h('mark', text);
  it.each([
    ['inside one text node', [{ type: 'text' as const, value: 'The call lasted an hour.' }], 4, 8, 'The <mark>call</mark> lasted an hour.'],
    ['across an element boundary', parseInlineHtml('He <em>did call</em> Trump.').content!, 7, 17, 'He <em>did <mark>call</mark></em><mark> Trump</mark>.'],
    ['inside a link', parseInlineHtml('See <a href="https://example.org/">the report</a> now.').content!, 8, 14, 'See <a href="https://example.org/" rel="noopener noreferrer nofollow">the <mark>report</mark></a> now.'],
  ])('%s', (_case, nodes, start, end, html) => {
    expect(toHtml(highlightRanges(nodes, [{ start, end, tag: 'cited' }], mark))).toBe(html);
  });
});

describe('splitArticleBody with markup', () => {
  it('numbers only paragraphs a reader can see', () => {
    const blocks = splitArticleBody('<script>alert(1)</script>\n\nFirst <em>real</em> one.\n\n## <b>Sub</b>head\n\nSecond.');
    expect(blocks.map((b) => [b.kind, b.kind === 'paragraph' ? b.number : 0, b.text])).toEqual([
      ['paragraph', 1, 'First real one.'],
      ['heading', 0, 'Subhead'],
      ['paragraph', 2, 'Second.'],
    ]);
  });
});

describe('pagefindFilterText', () => {
  it.each([
    ['a plain name stays', 'Coastal Radio', 'Coastal Radio'],
    ['markup goes, words stay', 'Harbour <b onclick="x()">Gazette</b>', 'Harbour Gazette'],
    ['escaped markup is words', 'A &lt;b onclick=x&gt;B', 'A <b onclick=x>B'],
    ['an ampersand stays', 'AT&T News', 'AT&T News'],
  ])('%s', (_case, value, text) => {
    expect(pagefindFilterText(value)).toBe(text);
  });
});
