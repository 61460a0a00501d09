/**
 * "Did you mean": a misspelt word of a search is replaced by the closest word
 * of the dossier's names and titles (its vocabulary: entity names and aliases,
 * topic and source titles), found by edit distance. Pure, so the search page
 * and the build share it: the build writes the vocabulary, the page corrects.
 */

/** The names and titles a vocabulary is made of; entities first, so that their spelling wins a tie. */
export interface VocabularySources {
  readonly entities: readonly { readonly name: string; readonly aliases: readonly string[] }[];
  readonly topics: readonly { readonly title: string }[];
  readonly articles: readonly { readonly title: string }[];
}

/** Words shorter than this are neither offered nor corrected: too many short words are one letter apart. */
const SHORTEST_WORD = 4;
/** A word, in any script: letters and digits, with apostrophes and hyphens inside it. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const key = (word: string) => word.toLocaleLowerCase('und');

/** The words of `text`, as a search splits them. */
export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/** The dossier's vocabulary: each word of its names and titles once (the first spelling met), in the order met. */
export function searchVocabulary(sources: VocabularySources): string[] {
  const texts = [
    ...sources.entities.flatMap((entity) => [entity.name, ...entity.aliases]),
    ...sources.topics.map((topic) => topic.title),
    ...sources.articles.map((article) => article.title),
  ];
  const words = new Map<string, string>();
  for (const word of texts.flatMap(wordsOf)) if ([...word].length >= SHORTEST_WORD && !words.has(key(word))) words.set(key(word), word);
  return [...words.values()];
}

/** The edit distance allowed for a word of `length` characters: one typo, two in a long word. */
const allowedDistance = (length: number) => (length >= 8 ? 2 : 1);

/** Optimal-string-alignment distance of `a` and `b` (insertions, deletions, substitutions, swaps of neighbours), or `limit + 1` when it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) distance = Math.min(distance, before[j - 2]! + 1);
      current.push(distance);
      best = Math.min(best, distance);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[t.length]!, limit + 1);
}

/** The vocabulary word closest to `word`, if one is within the allowed distance and is not just a longer or shorter form of it (search finds those). */
function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const typed = key(word);
  const limit = allowedDistance([...typed].length);
  let closest: { word: string; distance: number } | undefined;
  for (const candidate of vocabulary) {
    const known = key(candidate);
    if (known.startsWith(typed) || typed.startsWith(known)) continue;
    const distance = editDistance(typed, known, limit);
    if (distance <= limit && (!closest || distance < closest.distance)) closest = { word: candidate, distance };
  }
  return closest?.word;
}

/**
 * The search to suggest for `term`, or undefined: each word that is neither
 * in the vocabulary nor among `found` (the words the results matched as
 * typed) is replaced by its closest vocabulary word, when it has one.
 */
export function suggestedSearch(term: string, vocabulary: readonly string[], found: ReadonlySet<string> = new Set()): string | undefined {
  const known = new Set(vocabulary.map(key));
  const foundKeys = new Set([...found].map(key));
  let changed = false;
  const suggestion = term.replace(WORD, (word) => {
    if ([...word].length < SHORTEST_WORD || known.has(key(word)) || foundKeys.has(key(word))) return word;
    const closest = closestWord(word, vocabulary);
    if (!closest) return word;
    changed = true;
    return closest;
  });
  return changed ? suggestion : undefined;
}
