/**
 * /search/vocabulary.json: the words of the dossier's names and titles, from
 * which the search page suggests a spelling ("did you mean"). It loads this
 * file only once a search has run (src/scripts/search-page.ts).
 */
import type { APIRoute } from 'astro';
import { getDossier } from '../../data/dossier';
import { searchVocabulary } from '../../lib/search/suggestion';

export const GET: APIRoute = async () => {
  const dossier = await getDossier();
  return new Response(JSON.stringify(searchVocabulary(dossier)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
