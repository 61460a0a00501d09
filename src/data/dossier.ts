/**
 * The one place that queries the content collections. Every page asks this
 * module for the dossier; it is assembled once per build (or per change in
 * `astro dev`) and verified before any page uses it.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { assembleDossier, type ContentInput, type Dossier } from '../lib/dossier/model.ts';
import { ContentError } from '../lib/content/diagnostics.ts';
import { createUrls } from '../lib/urls.ts';
import { checkedDossier } from '../integrations/checked-dossier.ts';

export const urls = createUrls(import.meta.env.BASE_URL);

function toInput<T extends { bodyLine: number }>(entry: { id: string; filePath?: string; body?: string; data: T }): ContentInput<Omit<T, 'bodyLine'>> {
  const { bodyLine, ...data } = entry.data;
  return { id: entry.id, file: entry.filePath ?? entry.id, data, body: entry.body ?? '', bodyLine };
}

let cached: { key: string; dossier: Promise<Dossier> } | undefined;

const COLLECTIONS = ['dossier', 'articles', 'topics', 'claims', 'timeline', 'entities'] as const;

async function assemble(): Promise<Dossier> {
  const [[meta], articles, topics, claims, [timeline], [entities]] = await Promise.all([
    getCollection('dossier'),
    getCollection('articles'),
    getCollection('topics'),
    getCollection('claims'),
    getCollection('timeline'),
    getCollection('entities'),
  ]);
  if (!meta) throw new Error('content/dossier.md is missing: it names the dossier and holds its lede.');
  const list = <T,>(entry: { filePath?: string; id: string; data: { items: T[] } }) => ({ file: entry.filePath ?? entry.id, items: entry.data.items });
  const { dossier, diagnostics } = await assembleDossier(
    {
      dossier: toInput(meta),
      articles: articles.map(toInput),
      topics: topics.map(toInput),
      claims: claims.map((entry) => ({ ...list(entry), topic: entry.id })),
      ...(timeline ? { timeline: list(timeline) } : {}),
      ...(entities ? { entities: list(entities) } : {}),
    },
    urls,
  );
  if (diagnostics.some((d) => d.severity === 'error')) throw new ContentError(diagnostics);
  return dossier;
}

/** The verified dossier. */
export async function getDossier(): Promise<Dossier> {
  // In a build the collections never change: every page after the first gets
  // the same dossier without touching them (checking their digests on every
  // page would cost O(pages × entries)).
  if (cached && !import.meta.env.DEV) return cached.dossier;
  // A build has checked and assembled the same files already: use that dossier.
  const checked = import.meta.env.DEV ? undefined : checkedDossier();
  if (checked) {
    cached = { key: '', dossier: Promise.resolve(checked) };
    return cached.dossier;
  }
  // In `astro dev`, the collections' digests say whether content changed since the last call.
  const entries = await Promise.all(COLLECTIONS.map((name) => getCollection(name)));
  const key = entries.flat().map((e) => `${e.collection}/${e.id}@${e.digest ?? ''}`).join('|');
  if (!cached || cached.key !== key) cached = { key, dossier: assemble() };
  return cached.dossier;
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
      for (const page of new Set(entity.mentions.map((m) => `${m.kind}/${m.id}`))) index.set(page, [...(index.get(page) ?? []), entity.name]);
    }
    mentionIndexes.set(dossier, index);
  }
  return index.get(`${kind}/${id}`) ?? [];
}

/** Titles of the topics that cite an article, for its search filter. */
export function citingTopics(dossier: Dossier, articleId: string): string[] {
  return [...new Set(dossier.incoming(articleId).filter((c) => c.document.kind === 'topic').map((c) => c.document.title))];
}
