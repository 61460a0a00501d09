/**
 * How pages name a source and a paragraph: one form everywhere (markers,
 * previews, lists of sources, the claims table, the timeline, print).
 */
import { UNKNOWN_OUTLET } from '../bibliography/csl.ts';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ElementContent } from 'hast';
import type { Ui } from '../i18n/ui.ts';

/** A source's label, by its number (src/lib/dossier/recency.ts): "[2]". */
export const sourceLabel = (sourceNumber: number): string => `[${sourceNumber}]`;

/**
 * A paragraph as pages show it, "¶7", read aloud as "paragraph 7": the sign
 * is hidden from screen readers, which name it variously, and the word is
 * there for them alone. Visible text stays within the spoken name.
 */
export const paragraphMark = (ui: Ui, paragraph: number): ElementContent[] => [
  h('span', { ariaHidden: 'true' }, '¶'),
  h('span.visually-hidden', ui.text('paragraph.spoken')),
  { type: 'text', value: String(paragraph) },
];

/** The same, as HTML, for pages. */
export const paragraphMarkHtml = (ui: Ui, paragraph: number): string => toHtml(paragraphMark(ui, paragraph));

/** Words before a mark for screen readers alone, naming the source: "Source 2, ". */
export const sourceNameHtml = (ui: Ui, sourceNumber: number): string => toHtml(h('span.visually-hidden', ui.text('source.spoken', { number: String(sourceNumber) })));

/** An outlet as readers see it: one the provenance does not give is "Outlet not named", not "Unknown". */
export const outletName = (ui: Ui, outlet: string): string => (outlet === UNKNOWN_OUTLET ? ui.text('outlet.unknown') : outlet);
