/**
 * Finding a quoted passage in an article: exact after typography-only
 * normalisation, on word boundaries, and unique within the article.
 */
import { normalizeTypography, normalizeWithMap, originalRange, type NormalizedText } from '../text/normalize.ts';

/** A numbered paragraph of an article, as quotes are matched against it. */
export interface MatchableParagraph {
  readonly number: number;
  readonly text: string;
}

/** A passage located in an article: a character range of one paragraph. */
export interface Passage {
  /** 1-based paragraph number. */
  readonly paragraph: number;
  /** Start offset in the paragraph's original text. */
  readonly start: number;
  /** End offset (exclusive) in the paragraph's original text. */
  readonly end: number;
}

export type QuoteMatch =
  | { readonly kind: 'found'; readonly passage: Passage }
  | { readonly kind: 'empty' }
  | { readonly kind: 'ambiguous'; readonly paragraphs: readonly number[] }
  | { readonly kind: 'not-found'; readonly closest?: { readonly paragraph: number; readonly text: string } };

/**
 * An article's paragraphs, normalised once and searched many times. The
 * normalisation waits for the first search: most articles of a large corpus
 * are never cited or annotated, and need none.
 */
export class SearchableText {
  readonly #paragraphs: readonly MatchableParagraph[];
  #normalized: ReadonlyArray<{ paragraph: MatchableParagraph; norm: NormalizedText }> | undefined;

  constructor(paragraphs: readonly MatchableParagraph[]) {
    this.#paragraphs = paragraphs;
  }

  private get normalized(): ReadonlyArray<{ paragraph: MatchableParagraph; norm: NormalizedText }> {
    this.#normalized ??= this.#paragraphs.map((paragraph) => ({ paragraph, norm: normalizeWithMap(paragraph.text) }));
    return this.#normalized;
  }

  get paragraphCount(): number {
    return this.#paragraphs.length;
  }

  /** The original text of paragraph `number` (1-based), if it exists. */
  paragraph(number: number): MatchableParagraph | undefined {
    return this.#paragraphs[number - 1];
  }

  /** Locates `quote` in the article. */
  locate(quote: string): QuoteMatch {
    const needle = normalizeTypography(quote);
    if (needle === '') return { kind: 'empty' };
    const hits: Passage[] = [];
    for (const { paragraph, norm } of this.normalized) {
      for (let at = norm.text.indexOf(needle); at !== -1; at = norm.text.indexOf(needle, at + 1)) {
        if (!onWordBoundaries(norm.text, at, at + needle.length)) continue;
        const range = originalRange(norm, at, at + needle.length, paragraph.text);
        hits.push({ paragraph: paragraph.number, ...range });
      }
    }
    if (hits.length === 1) return { kind: 'found', passage: hits[0]! };
    if (hits.length > 1) return { kind: 'ambiguous', paragraphs: [...new Set(hits.map((h) => h.paragraph))] };
    const closest = this.closest(needle);
    return closest ? { kind: 'not-found', closest } : { kind: 'not-found' };
  }

  /**
   * The run of words most like `needle`: for each paragraph, a window of as
   * many words as the quote, scored by how many of the quote's words it holds.
   */
  private closest(needle: string): { paragraph: number; text: string } | undefined {
    const wanted = words(needle).map((w) => w.toLowerCase());
    if (wanted.length === 0) return undefined;
    let best: { paragraph: number; text: string; score: number } | undefined;
    for (const { paragraph, norm } of this.normalized) {
      const tokens = words(norm.text);
      const size = Math.min(wanted.length, tokens.length);
      for (let from = 0; from + size <= tokens.length; from++) {
        const window = tokens.slice(from, from + size);
        const pool = window.map((w) => w.toLowerCase());
        let score = 0;
        for (const word of wanted) {
          const at = pool.indexOf(word);
          if (at !== -1) {
            score++;
            pool[at] = '';
          }
        }
        if (!best || score > best.score) best = { paragraph: paragraph.number, text: window.join(' '), score };
      }
    }
    // Suggest only a passage that shares at least half of the quote's words.
    return best && best.score * 2 >= wanted.length ? { paragraph: best.paragraph, text: best.text } : undefined;
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function onWordBoundaries(text: string, start: number, end: number): boolean {
  const startsInsideWord = WORD_CHAR.test(text[start] ?? '') && WORD_CHAR.test(text[start - 1] ?? '');
  const endsInsideWord = WORD_CHAR.test(text[end - 1] ?? '') && WORD_CHAR.test(text[end] ?? '');
  return !startsInsideWord && !endsInsideWord;
}

function words(text: string): string[] {
  return text.split(' ').filter((w) => w !== '');
}
