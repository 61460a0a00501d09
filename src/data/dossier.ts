/**
 * The one place pages get the dossier from: the `dossier` collection's single
 * entry names the version of the assembled, verified dossier that the
 * content loader (src/loaders/dossier.ts) published in this process
 * (src/lib/dossier/published-dossiers.ts); `astro dev` stores a new version
 * whenever the content changes.
 */
import { createHash } from 'node:crypto';
import { getEntry } from 'astro:content';
import type { Dossier } from '../lib/dossier/model.ts';
import { publishedDossier } from '../lib/dossier/published-dossiers.ts';
import { ContentError } from '../lib/content/diagnostics.ts';
import { createUrls } from '../lib/urls.ts';
import { DOSSIER_ENTRY } from '../loaders/dossier-entry.ts';
import { uiFor, type Ui } from '../lib/i18n/ui.ts';

export const urls = createUrls(import.meta.env.BASE_URL);

/** The verified dossier. */
export async function getDossier(): Promise<Dossier> {
  const entry = await getEntry('dossier', DOSSIER_ENTRY);
  if (!entry) throw new Error('The dossier collection is empty: is the dossier() integration in astro.config.mjs, and src/content.config.ts unchanged?');
  // In `astro dev`, content can have errors: the loader stores them instead of a dossier, and every page shows them.
  const { data } = entry;
  if (data.errors) throw new ContentError(data.errors);
  const dossier = publishedDossier(data.version);
  if (!dossier) throw new Error(`The dossier of version ${data.version} was not published in this process: pages can only be rendered by the Astro process whose content loader loaded the dossier (astro build, astro dev).`);
  return dossier;
}

/** The UI strings and formats of the dossier's language (src/lib/i18n/ui.ts). */
export async function getUi(): Promise<Ui> {
  return uiFor((await getDossier()).meta.data.language);
}

/**
 * A page's cache key for incremental builds: a hash of every piece of data the
 * page shows besides code (which Astro hashes itself). Equal keys mean the
 * page would render the same bytes.
 */
export function cacheKeyOf(...data: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('base64url');
}

/** What every page shows of the dossier itself (header, footer, language). */
export function pageFrame(dossier: Dossier): unknown {
  return dossier.meta.data;
}

type MentionKind = 'source' | 'topic' | 'briefing';
/** Entity names by the page that mentions them, indexed once per dossier: one scan of all mentions, not one per page. */
const mentionIndexes = new WeakMap<Dossier, Map<string, string[]>>();

/** Names of the entities mentioned on a page, for its search filter. */
export function entitiesMentionedIn(dossier: Dossier, kind: MentionKind, id: string): string[] {
  let index = mentionIndexes.get(dossier);
  if (!index) {
    index = new Map();
    for (const entity of dossier.entities) {
      for (const page of entity.pages) index.set(page, [...(index.get(page) ?? []), entity.name]);
    }
    mentionIndexes.set(dossier, index);
  }
  return index.get(`${kind}/${id}`) ?? [];
}

/** Titles of the topics that cite an article, for its search filter. */
export function citingTopics(dossier: Dossier, articleId: string): string[] {
  return [...new Set(dossier.incoming(articleId).filter((c) => c.document.kind === 'topic').map((c) => c.document.title))];
}
