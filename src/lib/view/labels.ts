/**
 * How pages name a source and a paragraph: one form everywhere (markers,
 * previews, lists of sources, the claims table, the timeline, print).
 */

/** A source's label, by its number (src/lib/dossier/recency.ts): "[2]". */
export const sourceLabel = (sourceNumber: number): string => `[${sourceNumber}]`;

/** A paragraph as pages show it: "¶7". */
export const paragraphMark = (paragraph: number): string => `¶${paragraph}`;

/** A paragraph as it is read aloud, for accessible names: "paragraph 7". */
export const paragraphName = (paragraph: number): string => `paragraph ${paragraph}`;

/** The accessible name of a citation marker: "Source 2, paragraph 7". */
export const citationName = (sourceNumber: number, paragraph: number): string => `Source ${sourceNumber}, ${paragraphName(paragraph)}`;
