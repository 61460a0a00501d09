/**
 * The citation files of a source page: names, labels, media types. Apart from
 * formats.ts, which writes them with citation-js, so that what only names
 * them (the source page's links) loads nothing
 * heavy.
 */
/** The export files of a source page, with their media types. */
export const CITATION_FORMATS = {
  bibtex: { file: 'cite.bib', label: 'BibTeX', mediaType: 'application/x-bibtex; charset=utf-8' },
  ris: { file: 'cite.ris', label: 'RIS', mediaType: 'application/x-research-info-systems; charset=utf-8' },
  csl: { file: 'cite.json', label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export type CitationFormat = keyof typeof CITATION_FORMATS;
