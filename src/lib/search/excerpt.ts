/**
 * Pagefind's excerpts are a page's words with `<` and `>` escaped and each
 * matched word wrapped in `<mark>`. The words come from untrusted sources,
 * so the search page never inserts an excerpt as HTML: it shows runs of
 * text, marked or not. Pagefind leaves `&` as it is, so a page's literal
 * "&lt;" reads back as "<": a wrong glyph at worst, never markup.
 */

/** A stretch of an excerpt, marked when it is a matched word. */
export interface ExcerptRun {
  readonly text: string;
  readonly marked: boolean;
}

const MARK_TAG = /(<mark>|<\/mark>)/u;
const ESCAPED = /&(lt|gt);/gu;

/** `words` as an excerpt in Pagefind's form, with the words at `hits` marked. */
export function markedExcerpt(words: readonly string[], hits: ReadonlySet<number>, from = 0): string {
  return words
    .map((word, i) => {
      const text = word.replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
      return hits.has(from + i) ? `<mark>${text}</mark>` : text;
    })
    .join(' ');
}

/** The runs of text of a Pagefind excerpt, in order. */
export function excerptRuns(excerpt: string): ExcerptRun[] {
  const runs: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const piece of excerpt.split(MARK_TAG)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    if (piece === '') continue;
    const text = piece.replace(ESCAPED, (_entity, name: string) => (name === 'lt' ? '<' : '>'));
    const last = runs.at(-1);
    if (last?.marked === marked) last.text += text;
    else runs.push({ text, marked });
  }
  return runs;
}
