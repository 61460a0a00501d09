/** /sources/<id>/cite.json: the source's citation in CSL-JSON, for reference managers (a route in astro dev and in a build alike). */
import { citationExport } from '../data/citation-exports';

const endpoint = citationExport('csl');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
