/**
 * Typography-only normalisation, used to compare quotes with source text.
 *
 * Authors copy quotes from web pages, PDFs and word processors, which swap
 * straight and curly quotes, hyphens and dashes, and add non-breaking or
 * doubled spaces. None of that changes the words, so none of it should make a
 * citation fail. Everything else (spelling, case, punctuation) must match.
 */

/** The result of normalising a text, with a map back to the original. */
export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /**
   * For each UTF-16 index `i` of `text`, the index in the original string of
   * the character it came from; `map[text.length]` is the original's length.
   * Lets a match found in normalised text be highlighted in the original.
   */
  readonly map: readonly number[];
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/u;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/u;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/u;
/** Invisible characters that carry no meaning for matching. */
const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/u;
const WHITESPACE = /\s/u;

/** Maps one code point to its typographic normal form. */
function normalizeCodePoint(char: string): string {
  // Most text is ASCII, which NFKC leaves alone: only whitespace and the
  // backtick change. Skipping the tests below for it matters with thousands
  // of articles.
  const code = char.charCodeAt(0);
  if (code < 0x80) {
    if (code === 0x60) return "'";
    return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? ' ' : char;
  }
  if (INVISIBLE.test(char)) return '';
  if (SINGLE_QUOTES.test(char)) return "'";
  if (DOUBLE_QUOTES.test(char)) return '"';
  if (DASHES.test(char)) return '-';
  if (WHITESPACE.test(char)) return ' ';
  // NFKC folds compatibility forms: ligatures, full-width letters, "…" to "...".
  const folded = char.normalize('NFKC');
  return folded === char ? char : folded.replace(/\s/gu, ' ');
}

/**
 * Normalises typography: Unicode NFKC, curly to straight quotes, every dash to
 * "-", invisible characters dropped, and runs of whitespace (including
 * non-breaking spaces) collapsed to one space and trimmed at both ends.
 */
export function normalizeWithMap(original: string): NormalizedText {
  const map: number[] = [];
  const text = normalize(original, map);
  return { text, map };
}

/** Normalises typography (see {@link normalizeWithMap}) without the map, which only a search of the text needs. */
export function normalizeTypography(original: string): string {
  return normalize(original, undefined);
}

/** The normalised text; given `map`, fills it as {@link NormalizedText} describes. */
function normalize(original: string, map: number[] | undefined): string {
  const pieces: string[] = [];
  // At the start, as after a space, a space is dropped.
  let afterSpace = true;
  let index = 0;
  while (index < original.length) {
    // A run of printable ASCII other than the backtick, with single spaces between its words, is its own normal
    // form: copied whole, the characters of most articles skip the per-character work below (a third of a build's
    // content phase at 10,000).
    let end = index;
    while (end < original.length) {
      const code = original.charCodeAt(end);
      if (isPlainAscii(code)) end += 1;
      else if (code === 0x20 && end > index && isPlainAscii(original.charCodeAt(end + 1))) end += 2;
      else break;
    }
    if (end > index) {
      pieces.push(original.slice(index, end));
      if (map) for (let k = index; k < end; k++) map.push(k);
      afterSpace = false;
      index = end;
      continue;
    }
    const char = String.fromCodePoint(original.codePointAt(index)!);
    for (const unit of normalizeCodePoint(char)) {
      if (unit === ' ') {
        if (afterSpace) continue;
        afterSpace = true;
      } else afterSpace = false;
      pieces.push(unit);
      if (map) for (let k = 0; k < unit.length; k++) map.push(index);
    }
    index += char.length;
  }
  let text = pieces.join('');
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    map?.pop();
  }
  map?.push(original.length);
  return text;
}

/** Printable ASCII but the space and the backtick: characters normalisation leaves as they are. */
const isPlainAscii = (code: number) => code > 0x20 && code < 0x7f && code !== 0x60;

/**
 * Maps a range `[start, end)` of a normalised text back to the range of the
 * original string it came from, excluding whitespace at its edges.
 */
export function originalRange(
  normalized: NormalizedText,
  start: number,
  end: number,
  original: string,
): { start: number; end: number } {
  let from = normalized.map[start] ?? original.length;
  let to = normalized.map[end] ?? original.length;
  while (to > from && /\s/u.test(original[to - 1] ?? '')) to--;
  while (from < to && /\s/u.test(original[from] ?? '')) from++;
  return { start: from, end: to };
}
