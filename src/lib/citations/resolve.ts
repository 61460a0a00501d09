/**
 * Resolving a parsed citation against the corpus of articles: the id must name
 * an article, and the locator must point at exactly one passage of it.
 */
import type { Locator } from './syntax.ts';
import type { Passage, SearchableText } from './match.ts';

/** What citation resolution needs to know of an article. */
export interface CitableArticle {
  readonly id: string;
  readonly title: string;
  readonly outlet: string;
  /** Partial ISO date or `unknown`. */
  readonly published: string;
  readonly text: SearchableText;
}

/** Articles by id. */
export type Corpus = ReadonlyMap<string, CitableArticle>;

export type Resolution =
  | { readonly ok: true; readonly article: CitableArticle; readonly passage: Passage }
  | { readonly ok: false; readonly message: string };

function shorten(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Levenshtein distance, for "did you mean" on mistyped ids. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function didYouMean(id: string, corpus: Corpus): string {
  let best: { id: string; d: number } | undefined;
  for (const candidate of corpus.keys()) {
    // A shortened id ("wire" for "wire-report") counts as close.
    const d = candidate.startsWith(id) || id.startsWith(candidate) ? 1 : distance(id, candidate);
    if (!best || d < best.d) best = { id: candidate, d };
  }
  return best && best.d <= Math.max(3, Math.floor(id.length / 3)) ? ` Did you mean "@${best.id}"?` : '';
}

/** Finds the passage a locator points at in one article. */
export function resolveLocator(article: CitableArticle, locator: Locator): Resolution {
  if (locator.kind === 'paragraph') {
    const paragraph = article.text.paragraph(locator.number);
    if (!paragraph || locator.number < 1) {
      const count = article.text.paragraphCount;
      return { ok: false, message: `"${article.id}" has no ¶${locator.number}: its paragraphs are numbered 1 to ${count}.` };
    }
    return { ok: true, article, passage: { paragraph: locator.number, start: 0, end: paragraph.text.length } };
  }
  const match = article.text.locate(locator.quote);
  switch (match.kind) {
    case 'found':
      return { ok: true, article, passage: match.passage };
    case 'empty':
      return { ok: false, message: `The quote from "${article.id}" is empty: quote the exact words of the passage.` };
    case 'ambiguous':
      return {
        ok: false,
        message: `The quote "${shorten(locator.quote)}" occurs more than once in "${article.id}" (${match.paragraphs.map((p) => `¶${p}`).join(', ')}): quote more words so that it is unique.`,
      };
    case 'not-found': {
      const hint = match.closest ? ` The closest passage is ¶${match.closest.paragraph}: "${shorten(match.closest.text, 120)}".` : '';
      return { ok: false, message: `The quote "${shorten(locator.quote)}" is not in "${article.id}".${hint}` };
    }
  }
}

/**
 * Resolves `@id, locator` against the corpus. `invalid` holds the ids of
 * articles that exist but failed validation: citing them is not an unknown id.
 */
export function resolveCitation(corpus: Corpus, id: string, locator: Locator, invalid: ReadonlySet<string> = new Set()): Resolution {
  const article = corpus.get(id);
  if (!article && invalid.has(id)) return { ok: false, message: `"@${id}" cannot be checked until the errors in its own file are fixed.` };
  if (!article) return { ok: false, message: `Unknown source "@${id}": no article has this id.${didYouMean(id, corpus)}` };
  return resolveLocator(article, locator);
}
