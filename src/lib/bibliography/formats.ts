/**
 * An article's citation in the formats reference managers import, written by
 * citation-js from the CSL-JSON item so that the three always agree.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl.ts';
import type { CitationFormat } from './citation-formats.ts';

// Use the article id as the BibTeX key. citation-js refuses keys with
// hyphens unless told otherwise; article ids ([a-z0-9] joined by - _ .) hold
// nothing BibTeX forbids in a key.
plugins.config.get('@bibtex').format.checkLabel = false;


/**
 * RIS lines from citation-js's tags. Its own text output breaks every value
 * after 70 characters, which importers (citation-js's included) read back
 * with a space inside the word, so the lines are written here, unbroken.
 */
function risText(item: CslItem): string {
  const { TY = 'GEN', ...tags } = new Cite([item]).format('ris', { format: 'object' })[0] ?? {};
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/gu, ' ')}`;
  const lines = [line('TY', String(TY)), ...Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((v) => line(tag, v))), 'ER  - '];
  return `${lines.join('\n')}\n`;
}

/** The item in one format, as the text of its file. */
export function formatCitation(item: CslItem, format: CitationFormat): string {
  if (format === 'ris') return risText(item);
  return `${new Cite([item]).format(format === 'csl' ? 'data' : 'bibtex', { format: 'text' }).trim()}\n`;
}
