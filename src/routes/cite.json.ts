/** /sources/<id>/cite.json in `astro dev`: the source's citation in CSL-JSON, for reference managers. A build writes these files in its build:done hook (src/integrations/citation-files.ts). */
import { citationExport } from '../data/citation-exports';

const endpoint = citationExport('csl');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
