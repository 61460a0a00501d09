/**
 * Reported speech in a cited passage: words that report what someone said
 * ("said", "according to", a quotation) show the passage relays a statement,
 * whose origin an attribution should name. A heuristic for a suggestion,
 * never an error: "said" may report the outlet's own finding.
 */
import type { Passage } from '../citations/match.ts';

const REPORTING_WORDS = /\b(?:according to|said|says|told|stated|wrote)\b/iu;
const QUOTE_MARKS = /["\u201C\u201D]/u;

/**
 * What marks the passage of `paragraph` as reported speech, e.g. `"said"` or
 * `a quotation`, or undefined. A passage inside a quotation counts, though its
 * own words hold no quotation mark.
 */
export function reportedSpeech(paragraph: string, passage: Pick<Passage, 'start' | 'end'>): string | undefined {
  const words = paragraph.slice(passage.start, passage.end);
  const verb = REPORTING_WORDS.exec(words);
  if (verb) return `"${verb[0].toLowerCase()}"`;
  if (QUOTE_MARKS.test(words)) return 'a quotation';
  const before = paragraph.slice(0, passage.start);
  const count = (pattern: RegExp) => before.match(pattern)?.length ?? 0;
  const insideQuotation = count(/\u201C/gu) > count(/\u201D/gu) || count(/"/gu) % 2 === 1;
  return insideQuotation ? 'a quotation' : undefined;
}

/** The suggestion for a citation of such a passage. */
export function reportedSpeechMessage(articleId: string, paragraph: number, words: string, marker: string): string {
  const shown = words.length > 60 ? `${words.slice(0, 59)}…` : words;
  return `Suggestion: the cited passage of "@${articleId}" (¶${paragraph}, "${shown}") carries reported speech (${marker}) and no attribution; if it relays a statement, mark it under "attributions" in the article, so that it counts as that origin.`;
}
