/** Indicators to watch as pages show them: on their topic, on the home page, on the timeline. */
import type { Confidence } from '../analysis/claims.ts';
import { judgmentFragmentId } from '../analysis/judgment-history.ts';
import { clipEnd } from '../text/clip.ts';
import type { Judgment } from '../dossier/documents.ts';
import type { WatchIndicator } from '../dossier/watch.ts';

/** How much of a judgment's words a link to it shows. */
const JUDGMENT_LINK_LENGTH = 90;

/** The fragment id of a topic's "What to watch" section. */
export const WATCH_SECTION_ID = 'what-to-watch';

/** A key judgment an indicator bears on, as a link names it. */
export interface JudgmentLink {
  /** Its fragment on the topic page (`judgment-<id>`). */
  readonly fragment: string;
  /** Its words, clipped at a word. */
  readonly words: string;
  readonly confidence: Confidence;
}

/** The key judgments an indicator bears on, from its topic's judgments (the build has checked that each id names one). */
export function judgmentLinks(indicator: WatchIndicator, judgments: readonly Judgment[]): JudgmentLink[] {
  return indicator.judgments.flatMap((id) => {
    const judgment = judgments.find((j) => j.id === id);
    return judgment ? [{ fragment: judgmentFragmentId(id), words: clipEnd(judgment.text, JUDGMENT_LINK_LENGTH), confidence: judgment.confidence }] : [];
  });
}
