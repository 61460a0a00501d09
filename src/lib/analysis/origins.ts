/**
 * Origins: where information comes from. Reports that relay one statement,
 * or copy one report, are one origin, not corroboration. A registered origin
 * (content/origins.yaml: a post, a readout, a wire story) has the key
 * `origin:<id>`; a report's own observation (`observations`: what its
 * reporter could witness, such as a published statement or a broadcast) has
 * the key `article:<id>`.
 *
 * A passage an article marks as relaying an origin (`attributions`) is that
 * origin's, and one it marks as its own observation is the article's own.
 * Any other passage has an unknown origin (`unattributed:<id>`): the report
 * does not say where it comes from, and no reporter was on a private call,
 * so it is shown as unattributed and never counts as an independent origin.
 * An article that declares what its text derives from (`derived_from`: an
 * article it republishes, or an origin it rests on) shares that origin,
 * directly or through a chain: a copy of a report shares its unknown origin,
 * a report resting on a registered origin as a whole is that origin's.
 */
import type { OriginKind } from '../../schemas/origin.ts';
import type { Passage } from '../citations/match.ts';

/** The key of a registered origin. */
export const registeredOrigin = (id: string): string => `origin:${id}`;
/** The key of an article's own observation. */
export const ownReporting = (articleId: string): string => `article:${articleId}`;
/** The key of the unknown origin of an article's unmarked passages. */
export const unattributedOrigin = (articleId: string): string => `unattributed:${articleId}`;

/** An origin as pages name it. */
export interface Origin {
  readonly key: string;
  readonly name: string;
  /** `unattributed` for the unknown origin of a report's unmarked passages. */
  readonly kind: OriginKind | 'unattributed';
  /** Partial ISO date, when known. */
  readonly date?: string;
  readonly url?: string;
  /** For an article's own observation or its unattributed passages: the article's id. */
  readonly article?: string;
}

/** Whether an origin key names who is speaking: a registered origin or a report's own observation, not an unknown one. */
export const isNamedOrigin = (key: string): boolean => !key.startsWith('unattributed:');

/** The distinct named origins among keys, in order. */
export const namedOrigins = (keys: readonly string[]): string[] => [...new Set(keys.filter(isNamedOrigin))];

export interface OriginDeclaration {
  readonly id: string;
  /** Ids of articles it republishes, or of registered origins it rests on. */
  readonly derivedFrom: readonly string[];
}

/**
 * Maps each article id to the root of its `derived_from` chain: the
 * registered origin (`origin:<id>`) it rests on, or the article it copies,
 * itself when it copies none. Names that are neither an article nor a
 * registered origin are ignored (the model reports them).
 */
export function ownOrigins(articles: readonly OriginDeclaration[], registered: ReadonlySet<string>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps chains of republication cheap.
    for (let node = x; node !== root; ) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const add = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
  };
  // A registered origin names the group; otherwise the smaller key does, so keys do not depend on input order.
  const rank = (key: string) => (key.startsWith('origin:') ? 0 : 1);
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const aWins = rank(ra) - rank(rb) || (ra < rb ? -1 : 1);
    if (aWins < 0) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  const ids = new Set(articles.map((a) => a.id));
  for (const article of articles) {
    add(ownReporting(article.id));
    for (const source of article.derivedFrom) {
      const key = ids.has(source) ? ownReporting(source) : registered.has(source) ? registeredOrigin(source) : undefined;
      if (!key) continue;
      add(key);
      union(ownReporting(article.id), key);
    }
  }
  return new Map(articles.map((a) => [a.id, find(ownReporting(a.id))]));
}

/** The origin of an article's unmarked passages, from the root of its `derived_from` chain: a registered origin, or the unknown origin of the article it copies. */
export const unmarkedOrigin = (root: string): string => (root.startsWith('article:') ? unattributedOrigin(root.slice('article:'.length)) : root);

/** A passage an article marks as relaying an origin, or as its own observation. */
export interface MarkedPassage {
  readonly passage: Passage;
  /** The origin's key. */
  readonly origin: string;
}

/** Whether two passages share words: the same paragraph, overlapping ranges. */
export const passagesOverlap = (a: Passage, b: Passage): boolean => a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;

/**
 * The origins of a cited passage: those of the marked passages it overlaps,
 * or else the origin of the article's unmarked text. Distinct, in the order marked.
 */
export function passageOrigins(marks: readonly MarkedPassage[], unmarked: string, passage: Passage): string[] {
  const marked = [...new Set(marks.filter((m) => passagesOverlap(m.passage, passage)).map((m) => m.origin))];
  return marked.length > 0 ? marked : [unmarked];
}

/** Distinct origins of several passages, in order. */
export const distinctOrigins = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())];
