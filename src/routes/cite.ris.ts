/** /sources/<id>/cite.ris: the source's citation in RIS, for reference managers (a route in astro dev and in a build alike). */
import { citationExport } from '../data/citation-exports';

const endpoint = citationExport('ris');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
