/**
 * Reported speech in a cited passage: words that report what someone said
 * ("said", "according to", a quotation) show the passage relays a statement,
 * whose origin an attribution should name. A heuristic for a suggestion,
 * never an error: "said" may report the outlet's own finding. The words are
 * the article's language's; an article in a language without a list is not
 * looked at (`npm run check` says so once).
 */
import type { Passage } from '../citations/match.ts';

interface ReportedSpeechWords {
  /** Verbs and phrases that report speech, as whole words. */
  readonly reporting: RegExp;
  /** Any quotation mark the language uses. */
  readonly quoteMarks: RegExp;
  /** Whether a passage starts inside a quotation, from the paragraph's text before it. */
  readonly insideQuotation: (before: string) => boolean;
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
/** Whole words: no letter right before or after (JavaScript's `\b` knows only ASCII letters, which "erklärte" is not). */
const wholeWords = (words: readonly string[]) => new RegExp(`(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`, 'iu');

/** The languages with a word list, by primary language subtag. */
const WORDS: Readonly<Record<string, ReportedSpeechWords>> = {
  en: {
    reporting: /\b(?:according to|said|says|told|stated|wrote)\b/iu,
    quoteMarks: /["\u201C\u201D]/u,
    insideQuotation: (before) => count(before, /\u201C/gu) > count(before, /\u201D/gu) || count(before, /"/gu) % 2 === 1,
  },
  // German news style: "sagte", "erklärte", "teilte … mit", "laut", "zufolge", "nach Angaben"; „…“ and »…« quote.
  de: {
    reporting: wholeWords(['sagte', 'sagten', 'sagt', 'erklärte', 'erklärten', 'erklärt', 'betonte', 'betonten', 'schrieb', 'schrieben', 'mitteilte', 'mitteilten', 'teilte', 'teilten', 'laut', 'zufolge', 'nach angaben']),
    quoteMarks: /["\u201E\u201C\u00BB\u00AB]/u,
    insideQuotation: (before) => count(before, /\u201E/gu) > count(before, /\u201C/gu) || count(before, /\u00BB/gu) > count(before, /\u00AB/gu) || count(before, /"/gu) % 2 === 1,
  },
};

const wordsOf = (language: string): ReportedSpeechWords | undefined => WORDS[language.split('-')[0]!.toLowerCase()];

/** Whether passages in `language` (a BCP 47 tag) are looked at for reported speech. */
export const hasReportedSpeechWords = (language: string): boolean => wordsOf(language) !== undefined;

/**
 * What marks the passage of `paragraph`, in `language`, as reported speech,
 * e.g. `"said"` or `a quotation`, or undefined (also for a language without
 * a word list). A passage inside a quotation counts, though its own words
 * hold no quotation mark.
 */
export function reportedSpeech(paragraph: string, passage: Pick<Passage, 'start' | 'end'>, language = 'en'): string | undefined {
  const words = wordsOf(language);
  if (!words) return undefined;
  const text = paragraph.slice(passage.start, passage.end);
  const verb = words.reporting.exec(text);
  if (verb) return `"${verb[0].toLowerCase()}"`;
  if (words.quoteMarks.test(text)) return 'a quotation';
  return words.insideQuotation(paragraph.slice(0, passage.start)) ? 'a quotation' : undefined;
}

/** The suggestion for a citation of such a passage. */
export function reportedSpeechMessage(articleId: string, paragraph: number, words: string, marker: string): string {
  const shown = words.length > 60 ? `${words.slice(0, 59)}…` : words;
  return `Suggestion: the cited passage of "@${articleId}" (¶${paragraph}, "${shown}") carries reported speech (${marker}) and no attribution; if it relays a statement, mark it under "attributions" in the article, so that it counts as that origin.`;
}
