/** /sources/<id>/cite.bib in `astro dev`: the source's citation in BibTeX, for reference managers. A build writes these files in its build:done hook (src/integrations/citation-files.ts). */
import { citationExport } from '../data/citation-exports';

const endpoint = citationExport('bibtex');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
