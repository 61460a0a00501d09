/** /sources/<id>/cite.ris in `astro dev`: the source's citation in RIS, for reference managers. A build writes these files in its build:done hook (src/integrations/citation-files.ts). */
import { citationExport } from '../data/citation-exports';

const endpoint = citationExport('ris');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
