/**
 * Estimative language as Intelligence Community Directive 203 (analytic
 * standards) requires it: a judgment that estimates likelihood says how likely,
 * in the terms of one fixed scale, so that readers give every "likely" the
 * same weight. Hedges off that scale ("possible", "could", "might") leave the
 * likelihood to the reader's guess. The scale and the hedges are English
 * words: a dossier in another language is not checked (`npm run check`
 * says so once).
 */

export interface LikelihoodBand {
  /** The term of the scale's first row, which the dossier suggests. */
  readonly term: string;
  /** The term of its second row, which means the same. */
  readonly synonym: string;
  /** The band's probability, in percent. */
  readonly percent: readonly [number, number];
}

/** ICD 203's seven degrees of likelihood, least likely first; both rows of its table (adverbs in brackets there are included). */
export const LIKELIHOOD_SCALE: readonly LikelihoodBand[] = [
  { term: 'almost no chance', synonym: 'remote', percent: [1, 5] },
  { term: 'very unlikely', synonym: 'highly improbable', percent: [5, 20] },
  { term: 'unlikely', synonym: 'improbable (improbably)', percent: [20, 45] },
  { term: 'roughly even chance', synonym: 'roughly even odds', percent: [45, 55] },
  { term: 'likely', synonym: 'probable (probably)', percent: [55, 80] },
  { term: 'very likely', synonym: 'highly probable', percent: [80, 95] },
  { term: 'almost certain(ly)', synonym: 'nearly certain', percent: [95, 99] },
];

/**
 * Hedges that estimate likelihood without saying how much. "probably" is not
 * among them: ICD 203 lists it beside "probable", as a term for "likely".
 * "could" is taken as a hedge even where it could read as past ability
 * ("could not confirm"): in a key judgment it most often hedges, and "were
 * unable to" says the other without ambiguity.
 */
const OFF_SCALE = new Set(['possible', 'possibly', 'could', 'might', 'may', 'perhaps', 'maybe']);

const WORDS = new Intl.Segmenter('en', { granularity: 'word' });

/** Languages whose hedges are known, by primary language subtag. */
const CHECKED_LANGUAGES: ReadonlySet<string> = new Set(['en']);

/** Whether key judgments in `language` (a BCP 47 tag) are checked for off-scale likelihood words. */
export const hasLikelihoodWords = (language: string): boolean => CHECKED_LANGUAGES.has(language.split('-')[0]!.toLowerCase());

export interface OffScaleWord {
  /** The word as written. */
  readonly word: string;
  /** Where it starts in the text, in UTF-16 code units. */
  readonly offset: number;
}

function isOffScale(word: string): boolean {
  // A contraction hedges like its modal: "couldn't" → "could", "might've" → "might".
  const modal = word.toLowerCase().replace(/(?:n['’]t|['’]ve)$/u, '');
  // "May" with a capital is the month ("in May", "May 2025"): the modal takes a
  // capital only to open a sentence, which in a judgment would be a question.
  if (modal === 'may') return word.startsWith('m');
  return OFF_SCALE.has(modal);
}

/** The likelihood words of `text` that are off the ICD 203 scale, whole words, in order; none in a language without a list. */
export function offScaleLikelihoodWords(text: string, language = 'en'): OffScaleWord[] {
  const found: OffScaleWord[] = [];
  if (!hasLikelihoodWords(language)) return found;
  for (const { segment, index, isWordLike } of WORDS.segment(text)) {
    if (isWordLike && isOffScale(segment)) found.push({ word: segment, offset: index });
  }
  return found;
}

/** What the check says of a key judgment that uses `word`. */
export function offScaleLikelihoodMessage(word: string): string {
  const terms = LIKELIHOOD_SCALE.map((band) => band.term.replace('(ly)', '')).join(', ');
  return `Key judgment uses "${word}", which is not on the ICD 203 likelihood scale: say how likely (${terms}).`;
}
