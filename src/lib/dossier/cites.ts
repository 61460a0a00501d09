/**
 * Citations written as a field value (claims, timeline events): one bracketed
 * group, verified exactly like a citation in running text.
 */
import { parseCitations, type Locator } from '../citations/syntax.ts';
import { resolveCitation, type Corpus } from '../citations/resolve.ts';
import type { Passage } from '../citations/match.ts';

/** A verified citation, with the words it points at. */
export interface ResolvedCite {
  readonly articleId: string;
  readonly locator: Locator;
  readonly passage: Passage;
  /** The cited words as the source prints them (the whole paragraph for ¶). */
  readonly words: string;
}

export function resolveCiteField(
  value: string,
  corpus: Corpus,
  invalidIds?: ReadonlySet<string>,
): { cites: ResolvedCite[]; problems: string[] } {
  const { groups, errors } = parseCitations(value);
  const problems = errors.map((e) => e.message);
  if (errors.length === 0 && (groups.length !== 1 || value.trim() !== value.slice(groups[0]!.start, groups[0]!.end).trim())) {
    problems.push('must be exactly one citation group, e.g. [@id, "exact words"; @other, "words"].');
  }
  const cites: ResolvedCite[] = [];
  for (const group of groups) {
    for (const item of group.items) {
      const resolution = resolveCitation(corpus, item.id, item.locator, invalidIds);
      if (!resolution.ok) {
        problems.push(resolution.message);
        continue;
      }
      const text = resolution.article.text.paragraph(resolution.passage.paragraph)?.text ?? '';
      cites.push({ articleId: item.id, locator: item.locator, passage: resolution.passage, words: text.slice(resolution.passage.start, resolution.passage.end) });
    }
  }
  return { cites, problems };
}
