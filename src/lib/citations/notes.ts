/**
 * Source-criticism notes and attributions anchor in their article's text the
 * way quote citations do: the quoted words must occur exactly once. The one
 * check, for `npm run add` and for the build.
 */
import type { Passage } from './match.ts';
import { resolveLocator, type CitableArticle } from './resolve.ts';

/** The frontmatter fields whose items are anchored by a quote. */
export type QuotedField = 'notes' | 'attributions' | 'observations' | 'independent';

/** An item whose quote is not in its article, exactly once. */
export interface QuoteProblem {
  /** Where the quote is in the frontmatter, e.g. ['notes', 0, 'quote']. */
  readonly path: readonly [QuotedField, number, 'quote'];
  readonly message: string;
}

/** Each item with the passage it is about, and a problem for each item that cannot be placed. */
export function resolveQuoted<N extends { readonly quote: string }>(
  article: CitableArticle,
  field: QuotedField,
  items: readonly N[],
): { resolved: (N & { readonly passage: Passage })[]; problems: QuoteProblem[] } {
  const resolved: (N & { readonly passage: Passage })[] = [];
  const problems: QuoteProblem[] = [];
  items.forEach((item, index) => {
    const resolution = resolveLocator(article, { kind: 'quote', quote: item.quote });
    if (resolution.ok) resolved.push({ ...item, passage: resolution.passage });
    else problems.push({ path: [field, index, 'quote'], message: `${field}[${index}]: ${resolution.message}` });
  });
  return { resolved, problems };
}
