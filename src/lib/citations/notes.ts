/**
 * Source-criticism notes anchor in their article's text the way quote
 * citations do: the quoted words must occur exactly once. The one check, for
 * `npm run add` and for the build.
 */
import type { Passage } from './match.ts';
import { resolveLocator, type CitableArticle } from './resolve.ts';

/** A note whose quote is not in its article, exactly once. */
export interface NoteProblem {
  /** Where the quote is in the frontmatter, e.g. ['notes', 0, 'quote']. */
  readonly path: readonly ['notes', number, 'quote'];
  readonly message: string;
}

/** Each note with the passage it is about, and a problem for each note that cannot be placed. */
export function resolveNotes<N extends { readonly quote: string }>(
  article: CitableArticle,
  notes: readonly N[],
): { resolved: (N & { readonly passage: Passage })[]; problems: NoteProblem[] } {
  const resolved: (N & { readonly passage: Passage })[] = [];
  const problems: NoteProblem[] = [];
  notes.forEach((note, index) => {
    const resolution = resolveLocator(article, { kind: 'quote', quote: note.quote });
    if (resolution.ok) resolved.push({ ...note, passage: resolution.passage });
    else problems.push({ path: ['notes', index, 'quote'], message: `notes[${index}]: ${resolution.message}` });
  });
  return { resolved, problems };
}
