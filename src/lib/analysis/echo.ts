/**
 * Echo detection: passages of different reports that may share an origin.
 * Two reports that give one statement in nearly the same words most likely
 * draw on one source, even when only one of them says so; counted as two,
 * they would inflate a claim's support. The check compares the sentences of
 * cited and attributed passages across reports and flags a pair that shares
 * a run of five words, in the same order, or one with a single word changed
 * inside it ("unpredictable consequences for the entire" against
 * "unpredictable fallout for the entire"): the trace paraphrase leaves.
 *
 * Runs made of short words only ("of the war in the") say nothing: a run
 * counts when at least two of its matching words are long ones (of
 * LONG_WORD letters or more), a rule that needs no word list per language.
 */

/** A passage to compare: its report, the sentence around it, and the origins it rests on. */
export interface EchoPassage<Place> {
  readonly articleId: string;
  /** The sentence (or sentences) that hold the passage, as the reader sees them. */
  readonly text: string;
  /** Keys of the origins it rests on (src/lib/analysis/origins.ts). */
  readonly origins: readonly string[];
  /** The analyst holds it independent of the passages it resembles (`independent:`). */
  readonly independent?: boolean;
  /** Where to report it; opaque here. */
  readonly place: Place;
  /** BCP 47 language of the text, for word segmentation. */
  readonly language?: string;
}

/** Two passages that may share an origin, with the run they share. */
export interface Echo<Place> {
  readonly a: EchoPassage<Place>;
  readonly b: EchoPassage<Place>;
  /** The shared run, as in `a`'s words; `…` stands for a changed word. */
  readonly run: string;
}

/** Words in a run. */
export const RUN_LENGTH = 5;
/** Letters that make a word long enough to carry meaning in a run. */
const LONG_WORD = 4;
/** Long words a run needs among its matching ones. */
const LONG_WORDS_NEEDED = 2;

const segmenters = new Map<string, Intl.Segmenter>();
function words(text: string, language = 'und'): string[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language === 'und' ? undefined : language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  // Typographic apostrophes and case do not make words differ.
  return [...segmenter.segment(text.replace(/[\u2019\u02BC]/gu, "'"))].filter((s) => s.isWordLike).map((s) => s.segment.toLocaleLowerCase());
}

const isLong = (word: string) => [...word].length >= LONG_WORD;

/**
 * The keys of a passage's runs: each run of RUN_LENGTH words, exact, and with
 * each inner word changed (a wildcard), when the words kept are telling.
 */
function runKeys(list: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i + RUN_LENGTH <= list.length; i++) {
    const run = list.slice(i, i + RUN_LENGTH);
    // The exact run first: a pair that shares it is reported by it, not by a run with a word changed.
    if (run.filter(isLong).length >= LONG_WORDS_NEEDED) keys.add(run.join(' '));
    for (let w = 1; w < RUN_LENGTH - 1; w++) {
      const kept = run.filter((_, j) => j !== w);
      if (kept.filter(isLong).length >= LONG_WORDS_NEEDED) keys.add(run.map((word, j) => (j === w ? '…' : word)).join(' '));
    }
  }
  return keys;
}

/** A report's own observation and its unattributed words are one family: a report and its copy share it. */
const family = (key: string) => key.replace(/^(?:article|unattributed):/u, 'report:');

/** Whether two passages are already known to share an origin: a named origin in common, or one report (a report and its copy). */
const shareOrigin = (a: readonly string[], b: readonly string[]) => a.some((key) => b.map(family).includes(family(key)));

/**
 * Pairs of passages of different reports, not known to share an origin and
 * not held independent, that share a run: each pair once, in input order.
 */
export function findEchoes<Place>(passages: readonly EchoPassage<Place>[]): Echo<Place>[] {
  const byKey = new Map<string, number[]>();
  const keysOf = passages.map((p) => runKeys(words(p.text, p.language)));
  keysOf.forEach((keys, index) => {
    if (passages[index]!.independent) return;
    for (const key of keys) {
      const list = byKey.get(key) ?? [];
      list.push(index);
      byKey.set(key, list);
    }
  });
  const found = new Map<string, Echo<Place>>();
  keysOf.forEach((keys, i) => {
    if (passages[i]!.independent) return;
    for (const key of keys) {
      for (const j of byKey.get(key) ?? []) {
        if (j <= i) continue;
        const [a, b] = [passages[i]!, passages[j]!];
        const pair = `${i} ${j}`;
        if (found.has(pair) || a.articleId === b.articleId || shareOrigin(a.origins, b.origins)) continue;
        found.set(pair, { a, b, run: key });
      }
    }
  });
  return [...found.values()];
}
