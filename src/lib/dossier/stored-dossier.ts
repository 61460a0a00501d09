/** The dossier to plain data (StoredDossier) and back. */
import type { Dossier, StoredDossier } from './model.ts';

export function storeDossier(dossier: Dossier): StoredDossier {
  const { article: _article, incoming: _incoming, origin: _origin, ...data } = dossier;
  return {
    ...data,
    // Citations resolve only to articles of the dossier.
    incoming: dossier.articles.flatMap(({ id }) => (dossier.incoming(id).length > 0 ? [[id, dossier.incoming(id)] as const] : [])),
  };
}

/** The dossier with its look-ups, from its stored form. */
export function restoreDossier(stored: StoredDossier): Dossier {
  const byId = new Map(stored.articles.map((a) => [a.id, a]));
  const incoming = new Map(stored.incoming);
  const origins = new Map(stored.origins.map((o) => [o.key, o]));
  const { incoming: _incoming, ...data } = stored;
  return {
    ...data,
    article: (id) => byId.get(id),
    incoming: (id) => incoming.get(id) ?? [],
    origin: (key) => origins.get(key),
  };
}
