/**
 * How deeply a page's elements nest, measured by scanning its tags, before
 * any parser sees it. jsdom and Readability are built for pages a few dozen
 * levels deep: jsdom's parse slows with the square of the depth, Readability's
 * cleaning with its cube (1,000 levels took 46 s), and both recurse, so that
 * a few thousand levels overflow the stack. No real page comes near the limit.
 *
 * The scan follows the HTML parser's rules where they matter for depth: void
 * and raw-text elements, and the end tags a parser implies (a `<p>` or `<li>`
 * left open is closed by the next one). It never recurses, and it stops as
 * soon as the limit is passed, so it is linear in the page's length.
 */

/** Deeper pages are refused. */
export const MAX_HTML_DEPTH = 200;

const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'image', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is text up to their end tag, never tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Counted once by the measure's start: their tags only repeat them. */
const DOCUMENT = new Set(['html', 'head', 'body']);
/** Foreign content, where `<x/>` closes the element it opens. */
const FOREIGN = new Set(['svg', 'math']);

/** The parser's "special" elements: an implied `</li>` (`</dd>`, `</dt>`) is not looked for beyond them. */
const SPECIAL = new Set([
  'address', 'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br', 'button', 'caption', 'center',
  'col', 'colgroup', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'embed', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame',
  'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'iframe', 'img', 'input', 'keygen', 'li',
  'link', 'listing', 'main', 'marquee', 'menu', 'meta', 'nav', 'noembed', 'noframes', 'noscript', 'object', 'ol', 'p', 'param',
  'plaintext', 'pre', 'script', 'search', 'section', 'select', 'source', 'style', 'summary', 'table', 'tbody', 'td', 'template',
  'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul', 'wbr', 'xmp',
]);
/** The parser's scope boundaries: an open `<p>` behind one of these is not closed by a new block. */
const SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'button', 'svg', 'math']);
/** Start tags that close an open `<p>`. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'pre', 'listing', 'form', 'table', 'hr', 'li', 'dd', 'dt', 'xmp', 'plaintext',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

interface ImpliedEnd {
  readonly closes: ReadonlySet<string>;
  readonly stopAt: (name: string) => boolean;
}

/**
 * End tags a start tag implies: the open element it closes, and the elements
 * behind which that one is not looked for.
 */
const IMPLIED_ENDS: ReadonlyMap<string, ImpliedEnd> = new Map(Object.entries({
  li: { closes: new Set(['li']), stopAt: (name: string) => SPECIAL.has(name) && !['address', 'div', 'p'].includes(name) },
  dd: { closes: new Set(['dd', 'dt']), stopAt: (name: string) => SPECIAL.has(name) && !['address', 'div', 'p'].includes(name) },
  dt: { closes: new Set(['dd', 'dt']), stopAt: (name: string) => SPECIAL.has(name) && !['address', 'div', 'p'].includes(name) },
  td: { closes: new Set(['td', 'th']), stopAt: (name: string) => ['tr', 'table', 'html', 'template'].includes(name) },
  th: { closes: new Set(['td', 'th']), stopAt: (name: string) => ['tr', 'table', 'html', 'template'].includes(name) },
  tr: { closes: new Set(['tr']), stopAt: (name: string) => ['tbody', 'thead', 'tfoot', 'table', 'html', 'template'].includes(name) },
  tbody: { closes: new Set(['tbody', 'thead', 'tfoot']), stopAt: (name: string) => ['table', 'html', 'template'].includes(name) },
  thead: { closes: new Set(['tbody', 'thead', 'tfoot']), stopAt: (name: string) => ['table', 'html', 'template'].includes(name) },
  tfoot: { closes: new Set(['tbody', 'thead', 'tfoot']), stopAt: (name: string) => ['table', 'html', 'template'].includes(name) },
  // A table directly inside a table (not in a cell) ends the first.
  table: { closes: new Set(['table']), stopAt: (name: string) => ['td', 'th', 'caption', 'html', 'template'].includes(name) },
  option: { closes: new Set(['option']), stopAt: (name: string) => name !== 'option' },
  optgroup: { closes: new Set(['option', 'optgroup']), stopAt: (name: string) => name !== 'option' && name !== 'optgroup' },
  select: { closes: new Set(['select']), stopAt: (name: string) => SCOPE.has(name) },
  // A link inside a link, and a button inside a button, end the first.
  a: { closes: new Set(['a']), stopAt: (name: string) => SCOPE.has(name) },
  button: { closes: new Set(['button']), stopAt: (name: string) => SCOPE.has(name) && name !== 'button' },
  nobr: { closes: new Set(['nobr']), stopAt: (name: string) => SCOPE.has(name) },
} satisfies Record<string, ImpliedEnd>));

/** Elements the parser inserts around a table's rows and cells written without them, by the element they are written in. */
const CELL_PARENTS = new Map([['table', ['tbody', 'tr']], ['tbody', ['tr']], ['thead', ['tr']], ['tfoot', ['tr']]]);
const IMPLIED_PARENTS: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> = new Map([
  ['tr', new Map([['table', ['tbody']]])],
  ['td', CELL_PARENTS],
  ['th', CELL_PARENTS],
]);

const CLOSE_P = { closes: new Set(['p']), stopAt: (name: string) => SCOPE.has(name) };

/** The open elements, innermost last, with a count per name so that an end tag of no open element is passed over at once. */
class OpenElements {
  readonly names: string[] = [];
  private readonly counts = new Map<string, number>();
  foreign = 0;

  push(name: string): void {
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) this.foreign++;
  }

  /** Closes the innermost open `name` and everything inside it, if one is open. */
  close(name: string): void {
    if (!this.counts.get(name)) return;
    for (;;) {
      const popped = this.names.pop()!;
      this.counts.set(popped, this.counts.get(popped)! - 1);
      if (FOREIGN.has(popped)) this.foreign--;
      if (popped === name) return;
    }
  }

  private anyOpen(names: ReadonlySet<string>): boolean {
    for (const name of names) if (this.counts.get(name)) return true;
    return false;
  }

  /** Closes the innermost element of `closes` unless an element `stopAt` comes first. */
  closeImplied({ closes, stopAt }: ImpliedEnd): void {
    if (!this.anyOpen(closes)) return;
    for (let i = this.names.length - 1; i >= 0; i--) {
      const name = this.names[i]!;
      if (closes.has(name)) return this.close(name);
      if (stopAt(name)) return;
    }
  }
}

/** Where a tag that starts at `from` (after its name) ends, and whether it is written self-closing (`<x/>`). */
function endOfTag(html: string, from: number): { end: number; selfClosing: boolean } {
  let i = from;
  while (i < html.length) {
    const c = html[i];
    if (c === '>') return { end: i + 1, selfClosing: html[i - 1] === '/' };
    if (c === '=') {
      // A quoted attribute value may hold '>'.
      i++;
      while (/\s/u.test(html[i] ?? '')) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const closing = html.indexOf(quote, i + 1);
        i = closing < 0 ? html.length : closing + 1;
        continue;
      }
    }
    i++;
  }
  return { end: html.length, selfClosing: false };
}

/** Where the raw text of `name` that starts at `from` ends: after its end tag, or at the end of the page. */
function endOfRawText(html: string, name: string, from: number): number {
  if (name === 'plaintext') return html.length;
  const endTag = new RegExp(`</${name}[\\s/>]`, 'giu');
  endTag.lastIndex = from;
  return endTag.exec(html)?.index ?? html.length;
}

export interface HtmlDepth {
  /** The deepest nesting found, counting html and body; once past the limit, the limit plus one. */
  readonly depth: number;
  /** 1-based line and column of the tag that went past the limit, if one did. */
  readonly tooDeepAt?: { readonly line: number; readonly column: number };
}

const TAG_NAME = /[a-zA-Z][^\s/>]*/uy;

/** How deeply the elements of `html` nest (see the module comment), looking no further than `limit` levels. */
export function htmlDepth(html: string, limit = MAX_HTML_DEPTH): HtmlDepth {
  const open = new OpenElements();
  // html and body hold everything else.
  const base = 2;
  let deepest = base;
  let i = 0;
  while ((i = html.indexOf('<', i)) >= 0) {
    const tagStart = i;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const isEnd = html[i + 1] === '/';
    TAG_NAME.lastIndex = i + (isEnd ? 2 : 1);
    const match = TAG_NAME.exec(html);
    if (!match) {
      // Not a tag: text ("a < b"), or a doctype, `<?…>` or bogus comment, which end at '>'.
      const bogus = html[i + 1] === '!' || html[i + 1] === '?' || isEnd;
      i = bogus ? (html.indexOf('>', i) + 1 || html.length) : i + 1;
      continue;
    }
    const name = match[0].toLowerCase();
    const { end, selfClosing } = endOfTag(html, TAG_NAME.lastIndex);
    i = end;
    if (DOCUMENT.has(name)) continue;
    if (isEnd) {
      open.close(name);
      continue;
    }
    if (CLOSES_P.has(name)) open.closeImplied(CLOSE_P);
    if (HEADINGS.has(name) && HEADINGS.has(open.names.at(-1) ?? '')) open.close(open.names.at(-1)!);
    const implied = IMPLIED_ENDS.get(name);
    if (implied) open.closeImplied(implied);
    for (const parent of IMPLIED_PARENTS.get(name)?.get(open.names.at(-1) ?? '') ?? []) open.push(parent);
    // Elements that hold no other: a level, but none for what follows.
    const isLeaf = RAW_TEXT.has(name) || VOID.has(name) || (selfClosing && open.foreign > 0);
    if (!isLeaf) open.push(name);
    deepest = Math.max(deepest, base + open.names.length + (isLeaf ? 1 : 0));
    if (deepest > limit) return { depth: deepest, tooDeepAt: lineAndColumn(html, tagStart) };
    if (RAW_TEXT.has(name)) i = endOfRawText(html, name, i);
  }
  return { depth: deepest };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
