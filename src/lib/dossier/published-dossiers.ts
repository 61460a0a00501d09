/**
 * How the assembled dossier reaches the pages: the content loader
 * publishes it here under its version, and stores only that version in
 * Astro's content layer (the `dossier` collection's one entry); the pages
 * read the entry and take the dossier published under its version
 * (src/data/dossier.ts).
 *
 * Why not the dossier itself in the entry: Astro serialises its whole data
 * store as one string, to disk and into the build. A dossier of 100,000
 * articles serialises to about 640 MB, more than the longest string V8 can
 * make (2^29 − 24 characters), and each build deserialised a second copy of
 * the dossier for the pages. Published here, the pages use the very object
 * the loader assembled.
 *
 * The loader and the pages run in one process (`astro build` renders the
 * pages in it; `astro dev` in its module runner), but not from one copy of
 * this module (the pages' copy is bundled): hence one registry on
 * globalThis, under a registered symbol.
 */
import type { Dossier } from './model.ts';

/** Versions kept: `astro dev` may render a page with the previous entry while the loader publishes the next. */
const VERSIONS_KEPT = 2;

const REGISTRY = Symbol.for('briefing-dossier/published-dossiers');

function registry(): Map<string, Dossier> {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Map<string, Dossier> };
  holder[REGISTRY] ??= new Map();
  return holder[REGISTRY];
}

/** Publishes `dossier` under `version` (a digest of its content files). */
export function publishDossier(version: string, dossier: Dossier): void {
  const published = registry();
  published.delete(version);
  published.set(version, dossier);
  for (const old of [...published.keys()].slice(0, Math.max(0, published.size - VERSIONS_KEPT))) published.delete(old);
}

/** The dossier published under `version` in this process, if any. */
export function publishedDossier(version: string): Dossier | undefined {
  return registry().get(version);
}
