/**
 * The list of sources at the foot of a citing page: one entry per source, in
 * the order of their numbers (the dossier's, so the list may skip some), with
 * a back-link to each use of it.
 */
import type { CitationUse } from '../../markdown/citation-data.ts';
import type { Note, NoteKind } from '../../schemas/note.ts';
import type { Ui } from '../i18n/ui.ts';

/** The cited sources by number, each with its uses in reading order, one per marker (citations that share a marker share its back-link). */
export function sourcesByNumber(citations: readonly CitationUse[]): { number: number; uses: CitationUse[] }[] {
  const bySource = new Map<number, CitationUse[]>();
  for (const use of citations) {
    const uses = bySource.get(use.sourceNumber) ?? [];
    if (!uses.some((u) => u.use === use.use)) uses.push(use);
    bySource.set(use.sourceNumber, uses);
  }
  return [...bySource].sort(([a], [b]) => a - b).map(([number, uses]) => ({ number, uses }));
}

/**
 * The citations a reader can count on the page: its markers. Citations of one paragraph in one bracket share a
 * marker (remark-citations.ts), so they are counted once.
 */
export const markerCount = (citations: readonly Pick<CitationUse, 'use'>[]): number => new Set(citations.map((c) => c.use)).size;

/** How many distinct sources the citations cite. */
export const citedSourceCount = (citations: readonly Pick<CitationUse, 'articleId'>[]): number => new Set(citations.map((c) => c.articleId)).size;

/** The letter of the back-link to a source's `index`th use (0-based): a to z, then aa, ab, … as Wikipedia does. */
export function backlinkLetter(index: number): string {
  const letter = (i: number) => String.fromCharCode(97 + i);
  return index < 26 ? letter(index) : `${letter(Math.floor(index / 26) - 1)}${letter(index % 26)}`;
}

const NOTE_KINDS = [
  ['error', 'count.error'],
  ['caution', 'count.caution'],
  ['context', 'count.contextNote'],
] as const satisfies readonly [NoteKind, string][];

/** A source's notes counted by kind, most serious first: "2 errors, 5 cautions"; undefined when it has none. */
export function notesSummary(ui: Ui, notes: readonly Pick<Note, 'kind'>[]): string | undefined {
  const parts = NOTE_KINDS.flatMap(([kind, noun]) => {
    const count = notes.filter((n) => n.kind === kind).length;
    return count > 0 ? [ui.count(noun, count)] : [];
  });
  return parts.length > 0 ? parts.join(', ') : undefined;
}
