/** Sentence boundaries for showing "the citing sentence" next to a passage. */

const SENTENCE_END = /[.!?](?:["'\u201D\u2019)\]]*)(?=\s+|$)/gu;

/**
 * Returns the sentence of `text` that contains `offset`: from the end of the
 * previous sentence to the end of this one. Abbreviations such as "U.S." may
 * split a sentence early; the excerpt is then shorter, never wrong.
 */
export function sentenceAt(text: string, offset: number): string {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const boundary = match.index + match[0].length;
    if (boundary <= offset) start = boundary;
    else {
      end = boundary;
      break;
    }
  }
  const sentence = text.slice(start, end).trim();
  // A citation placed after the full stop belongs to the sentence it follows.
  if (sentence === '' && start > 0) return sentenceAt(text, text.slice(0, start).trimEnd().length - 1);
  return sentence;
}

/** The sentences of `text` that hold the range from `start` to `end`: one, or those it spans. */
export function sentencesAround(text: string, start: number, end: number): string {
  const first = sentenceAt(text, start);
  const last = sentenceAt(text, Math.max(start, end - 1));
  if (first === last) return first;
  return text.slice(text.indexOf(first), text.indexOf(last) + last.length);
}
