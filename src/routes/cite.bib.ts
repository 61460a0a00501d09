/** /sources/<id>/cite.bib: the source's citation in BibTeX, for reference managers (a route in astro dev and in a build alike). */
import { citationExport } from '../data/citation-exports';

const endpoint = citationExport('bibtex');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
