/**
 * Text-fragment links (`#:~:text=…`, WICG Scroll-to-Text-Fragment): a link
 * to the original article that scrolls to, and highlights, the words cited.
 * https://wicg.github.io/scroll-to-text-fragment/
 */

/** What a browser looks for: `start` (through `end`, for a range), right after `prefix` and before `suffix`. */
export interface TextDirective {
  readonly prefix?: string;
  readonly start: string;
  readonly end?: string;
  readonly suffix?: string;
}

/** A passage of the article's text: 1-based paragraph number and a character range of that paragraph. */
export interface TextPassage {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** Quotes of more words than this are linked by their first and last words (`start,end`), as the spec suggests for long ones. */
const LONG_QUOTE_WORDS = 10;
/** How many words a `start,end` range takes from each end of a long quote. */
const RANGE_TERM_WORDS = 4;
/** How many words of context a prefix or suffix may take before giving up on uniqueness. */
const MAX_CONTEXT_WORDS = 5;

/**
 * One term of a directive, percent-encoded. The spec reserves `-`, `,` and
 * `&` as syntax, so they are encoded too (`encodeURIComponent` leaves `-`).
 */
export function encodeTextDirectiveTerm(term: string): string {
  return encodeURIComponent(term).replace(/[-,&]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The directive as `text=[prefix-,]start[,end][,-suffix]`. */
export function textDirectiveString(directive: TextDirective): string {
  const { prefix, start, end, suffix } = directive;
  const terms = [
    ...(prefix ? [`${encodeTextDirectiveTerm(prefix)}-`] : []),
    encodeTextDirectiveTerm(start),
    ...(end ? [encodeTextDirectiveTerm(end)] : []),
    ...(suffix ? [`-${encodeTextDirectiveTerm(suffix)}`] : []),
  ];
  return `text=${terms.join(',')}`;
}

/** `url` with the directive appended to its fragment (`#:~:text=…`, or `#frag:~:text=…` when it has one). */
export function withTextFragment(url: string, directive: TextDirective): string {
  return `${url}${url.includes('#') ? '' : '#'}:~:${textDirectiveString(directive)}`;
}

const collapse = (text: string) => text.replace(/\s+/gu, ' ');
/** Lower case, except where a character's lower case is longer (İ): offsets into the text stay offsets into this. */
const fold = (text: string) =>
  // ASCII text (most of most articles) lowers whole exactly as character by character; a source page folds its article once a passage.
  /^[\x00-\x7F]*$/u.test(text)
    ? text.toLowerCase()
    : text.replace(/./gsu, (c) => {
      const lower = c.toLowerCase();
      return lower.length === c.length ? lower : c;
    });
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where `needle` occurs in `haystack` on word boundaries, as a browser matches a term. */
function occurrences(haystack: string, needle: string, from = 0): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle, from); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const startsInsideWord = WORD_CHAR.test(haystack[at] ?? '') && WORD_CHAR.test(haystack[at - 1] ?? '');
    const endsInsideWord = WORD_CHAR.test(haystack[end - 1] ?? '') && WORD_CHAR.test(haystack[end] ?? '');
    if (!startsInsideWord && !endsInsideWord) found.push(at);
  }
  return found;
}

/** Offset of the start of the `count`-th word before `at` in `text` (words are separated by single spaces). */
function wordsBefore(text: string, at: number, count: number): number {
  let position = at;
  for (let i = 0; i < count; i++) {
    const head = text.slice(0, position).trimEnd();
    if (head === '') break;
    position = head.lastIndexOf(' ') + 1;
  }
  return position;
}

/** Offset of the end of the `count`-th word after `at` in `text`. */
function wordsAfter(text: string, at: number, count: number): number {
  let position = at;
  for (let i = 0; i < count; i++) {
    while (text[position] === ' ') position++;
    if (position >= text.length) break;
    const space = text.indexOf(' ', position);
    position = space === -1 ? text.length : space;
  }
  return position;
}

/**
 * The directive that finds `passage` in the original: the quoted words (or,
 * for a long quote, its first and last words), with as few words of prefix
 * and suffix as make it unique in the article's text. Matching is
 * case-insensitive and on word boundaries, as browsers match, and is checked
 * against every paragraph of the article.
 */
export function passageTextDirective(paragraphs: readonly string[], passage: TextPassage): TextDirective {
  const texts = paragraphs.map(collapse);
  const original = paragraphs[passage.paragraph - 1] ?? '';
  const text = texts[passage.paragraph - 1] ?? '';
  const start = collapse(original.slice(0, passage.start)).length;
  const end = start + collapse(original.slice(passage.start, passage.end)).length;
  // Trim to the quote's own characters: a directive's terms start and end with a word.
  const lead = text.slice(start, end).length - text.slice(start, end).trimStart().length;
  const quoteStart = start + lead;
  const quoteEnd = start + text.slice(start, end).trimEnd().length;
  const quote = text.slice(quoteStart, quoteEnd);

  // The whole article in lower case, paragraphs on lines of their own so that no match spans two.
  const offsets: number[] = [];
  let haystack = '';
  for (const t of texts) {
    offsets.push(haystack.length);
    haystack += `${fold(t)}\n`;
  }
  const base = offsets[passage.paragraph - 1] ?? 0;
  const count = (from: number, to: number) => occurrences(haystack, fold(text.slice(from, to))).length;

  const words = quote.split(' ');
  if (words.length > LONG_QUOTE_WORDS) {
    const startTerm = words.slice(0, RANGE_TERM_WORDS).join(' ');
    const endTerm = words.slice(-RANGE_TERM_WORDS).join(' ');
    // A range works when its start is unique and the first end after it is the quote's own end.
    const startUnique = count(quoteStart, quoteStart + startTerm.length) === 1;
    const firstEnd = occurrences(haystack, fold(endTerm), base + quoteStart + startTerm.length)[0];
    if (startUnique && firstEnd === base + quoteEnd - endTerm.length) return { start: startTerm, end: endTerm };
  }
  if (count(quoteStart, quoteEnd) <= 1) return { start: quote };

  let directive: TextDirective = { start: quote };
  for (let n = 1; n <= MAX_CONTEXT_WORDS; n++) {
    const prefixStart = wordsBefore(text, quoteStart, n);
    const suffixEnd = wordsAfter(text, quoteEnd, n);
    const prefix = text.slice(prefixStart, quoteStart).trim();
    const suffix = text.slice(quoteEnd, suffixEnd).trim();
    // Each candidate with the span of text it must match: prefix alone, suffix alone, then both.
    const candidates: [TextDirective, number, number][] = [];
    if (prefix) candidates.push([{ prefix, start: quote }, prefixStart, quoteEnd]);
    if (suffix) candidates.push([{ start: quote, suffix }, quoteStart, suffixEnd]);
    if (prefix && suffix) candidates.push([{ prefix, start: quote, suffix }, prefixStart, suffixEnd]);
    const unique = candidates.find(([, from, to]) => count(from, to) === 1);
    if (unique) return unique[0];
    directive = candidates.at(-1)?.[0] ?? directive;
  }
  return directive;
}
