/**
 * Sentence boundaries for showing "the citing sentence" next to a passage.
 *
 * Intl.Segmenter finds the sentences by the Unicode rules of the text's
 * language, which keep "U.S. officials" and "... and" together but end a
 * sentence at "Mr. Putin"; a segment that ends with one of the language's
 * abbreviations of a title or name is therefore joined to the next. A missing
 * abbreviation makes an excerpt shorter, an abbreviation that does end a
 * sentence makes it longer: never wrong.
 */

/**
 * Abbreviations after which a sentence goes on, by language: titles and
 * ranks before a name, and initialisms that often precede a capital.
 * Ones that often end a sentence ("etc.", "Inc.") are left out.
 */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  en: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Gen.', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Sgt.', 'Adm.', 'Gov.', 'Sen.', 'Rep.', 'Rev.', 'Hon.', 'Pres.', 'St.', 'Mt.', 'Jr.', 'Sr.', 'No.', 'vs.', 'e.g.', 'i.e.', 'U.S.', 'U.K.', 'U.N.', 'E.U.'],
  de: ['Hr.', 'Fr.', 'Dr.', 'Prof.', 'St.', 'Nr.', 'S.', 'z.', 'z. B.', 'd.', 'd. h.', 'u.', 'u. a.', 'bzw.', 'ca.', 'vgl.', 'sog.'],
};

const segmenters = new Map<string, Intl.Segmenter>();

/** The abbreviations of a language tag ("en-GB" is "en"); English for a language without a list. */
const abbreviationsOf = (language: string): readonly string[] => ABBREVIATIONS[language.split('-')[0]!.toLowerCase()] ?? ABBREVIATIONS['en']!;

/** Whether `segment` ends with one of `abbreviations`, as a word of its own. */
function endsWithAbbreviation(segment: string, abbreviations: readonly string[]): boolean {
  const words = segment.trimEnd();
  return abbreviations.some((abbreviation) => words.endsWith(abbreviation) && !/[\p{L}\p{N}]/u.test(words.at(-abbreviation.length - 1) ?? ''));
}

/** The sentences of `text` as ranges that cover it, each with the blanks after it. */
export function sentenceRanges(text: string, language = 'en'): Array<{ start: number; end: number }> {
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'sentence' })));
  const abbreviations = abbreviationsOf(language);
  const ranges: Array<{ start: number; end: number }> = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const previous = ranges.at(-1);
    if (previous && endsWithAbbreviation(text.slice(previous.start, previous.end), abbreviations)) previous.end = index + segment.length;
    else ranges.push({ start: index, end: index + segment.length });
  }
  return ranges;
}

/** The range of the sentence that holds `offset`; the end of the text is in the last. */
function rangeAt(ranges: ReadonlyArray<{ start: number; end: number }>, offset: number): { start: number; end: number } {
  return ranges.find((range) => offset < range.end) ?? ranges.at(-1) ?? { start: 0, end: 0 };
}

/**
 * Returns the sentence of `text` that contains `offset`. A citation placed
 * right after a full stop belongs to the sentence it follows: the blanks after
 * a sentence are part of its range.
 */
export function sentenceAt(text: string, offset: number, language = 'en'): string {
  const { start, end } = rangeAt(sentenceRanges(text, language), offset);
  return text.slice(start, end).trim();
}

/** The sentences of `text` that hold the range from `start` to `end`: one, or those it spans. */
export function sentencesAround(text: string, start: number, end: number, language = 'en'): string {
  const ranges = sentenceRanges(text, language);
  return text.slice(rangeAt(ranges, start).start, rangeAt(ranges, Math.max(start, end - 1)).end).trim();
}
