/** /sources/<id>/cite.bib: the source's citation in BibTeX, for reference managers. */
import { citationExport } from '../../../data/citation-exports';

const endpoint = citationExport('bibtex');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
