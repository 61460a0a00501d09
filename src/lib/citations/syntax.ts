/**
 * Citation syntax, a strict subset of Pandoc's:
 *
 *   [@article-id, "exact words from the article"]   quote locator
 *   [@article-id, ¶4]                               paragraph locator
 *   [@a, "words"; @b, ¶2]                           several in one bracket
 *
 * Only the bracketed form exists: a bare `@name` would misfire on e-mail
 * addresses and social-media handles. Every citation names a passage, so a
 * locator is required.
 */

/** Where a citation points inside its article. */
export type Locator =
  | { readonly kind: 'quote'; readonly quote: string }
  | { readonly kind: 'paragraph'; readonly number: number };

/** One `@id, locator` item of a citation group. */
export interface CitationItem {
  readonly id: string;
  readonly locator: Locator;
  /** Offset of the item's `@` in the parsed text. */
  readonly offset: number;
}

/** A bracketed citation group found in a text. */
export interface CitationGroup {
  /** Offset of the opening `[`. */
  readonly start: number;
  /** Offset just past the closing `]`. */
  readonly end: number;
  readonly items: readonly CitationItem[];
}

/** A `[@…` that does not follow the syntax. */
export interface CitationSyntaxError {
  /** Offset where the problem was found. */
  readonly offset: number;
  readonly message: string;
}

export interface ParsedCitations {
  readonly groups: readonly CitationGroup[];
  readonly errors: readonly CitationSyntaxError[];
}

const OPENING = /\[\s*@/gu;
const ID = /[A-Za-z0-9][A-Za-z0-9._:-]*/uy;
/**
 * Quote marks that may open or close a quote locator: straight, or curly as an
 * editor's smart quotes type them (citations are parsed from the file, before
 * the page's smart punctuation, so these are the author's own).
 */
const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB']);
/** A closing quote mark: one followed by the end of the item. */
const CLOSING = /["\u201C\u201D\u00BB](?=\s*[;\]])/gu;
const PARAGRAPH = /(?:¶|§)\s*(\d+)/uy;

class Cursor {
  readonly text: string;
  index: number;
  constructor(text: string, start: number) {
    this.text = text;
    this.index = start;
  }
  skipSpace(): void {
    while (/\s/u.test(this.text[this.index] ?? '')) this.index++;
  }
  peek(): string {
    return this.text[this.index] ?? '';
  }
  sticky(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.index;
    const match = pattern.exec(this.text);
    if (match) this.index += match[0].length;
    return match;
  }
}

class SyntaxProblem extends Error {
  readonly offset: number;
  constructor(offset: number, message: string) {
    super(message);
    this.offset = offset;
  }
}

function parseLocator(cursor: Cursor, id: string): Locator {
  if (QUOTE_MARKS.has(cursor.peek())) {
    // The quote ends at the first quote mark followed by "]" or ";", so it may
    // itself contain quoted speech: [@a, "he said “we agree” on Iran"].
    const quoteStart = cursor.index;
    CLOSING.lastIndex = quoteStart + 1;
    const close = CLOSING.exec(cursor.text);
    if (!close) throw new SyntaxProblem(quoteStart, `The quote cited from "${id}" is not closed: end it with a double quote before "]" or ";".`);
    cursor.index = close.index + 1;
    return { kind: 'quote', quote: cursor.text.slice(quoteStart + 1, close.index) };
  }
  const paragraph = cursor.sticky(PARAGRAPH);
  if (paragraph) return { kind: 'paragraph', number: Number(paragraph[1]) };
  throw new SyntaxProblem(
    cursor.index,
    `The citation of "${id}" needs a locator after the comma: a quote in double quotes ("exact words") or a paragraph number (¶4).`,
  );
}

function parseGroup(text: string, start: number): CitationGroup {
  const cursor = new Cursor(text, start + 1);
  const items: CitationItem[] = [];
  for (;;) {
    cursor.skipSpace();
    const offset = cursor.index;
    if (cursor.peek() !== '@') throw new SyntaxProblem(offset, 'Expected "@" and an article id after ";" in a citation.');
    cursor.index++;
    const id = cursor.sticky(ID)?.[0];
    if (!id) throw new SyntaxProblem(cursor.index, 'Expected an article id after "@".');
    cursor.skipSpace();
    if (cursor.peek() !== ',') {
      throw new SyntaxProblem(
        cursor.index,
        `The citation of "${id}" needs a locator: write [@${id}, "exact words"] or [@${id}, ¶4].`,
      );
    }
    cursor.index++;
    cursor.skipSpace();
    items.push({ id, locator: parseLocator(cursor, id), offset });
    cursor.skipSpace();
    const next = cursor.peek();
    cursor.index++;
    if (next === ']') return { start, end: cursor.index, items };
    if (next !== ';') {
      throw new SyntaxProblem(cursor.index - 1, `Expected ";" or "]" after the citation of "${id}".`);
    }
  }
}

/** The citation group whose `[` is at `start` of `text`, or why there is none. */
export function parseCitationGroup(text: string, start: number): { readonly group: CitationGroup } | { readonly error: CitationSyntaxError } {
  try {
    return { group: parseGroup(text, start) };
  } catch (error) {
    if (!(error instanceof SyntaxProblem)) throw error;
    return { error: { offset: error.offset, message: error.message } };
  }
}

/** Finds every citation group in `text`, and every `[@…` that is malformed. */
export function parseCitations(text: string): ParsedCitations {
  const groups: CitationGroup[] = [];
  const errors: CitationSyntaxError[] = [];
  for (const match of text.matchAll(OPENING)) {
    const start = match.index;
    if (groups.some((g) => start < g.end)) continue;
    const parsed = parseCitationGroup(text, start);
    if ('group' in parsed) groups.push(parsed.group);
    else errors.push(parsed.error);
  }
  return { groups, errors };
}
