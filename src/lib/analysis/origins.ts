/**
 * Origins: where information comes from. Reports that relay one statement,
 * or copy one report, are one origin, not corroboration. A registered origin
 * (content/origins.yaml: a post, a readout, a wire story) has the key
 * `origin:<id>`; an article's own reporting has the key `article:<id>`.
 *
 * A passage an article marks as relaying an origin (`attributions`) is that
 * origin's. Any other passage is the article's own, and an article that
 * declares what its text derives from (`derived_from`: an article it
 * republishes, or an origin it rests on) shares that origin, directly or
 * through a chain.
 */
import type { OriginKind } from '../../schemas/origin.ts';
import type { Passage } from '../citations/match.ts';

/** The key of a registered origin. */
export const registeredOrigin = (id: string): string => `origin:${id}`;
/** The key of an article's own reporting. */
export const ownReporting = (articleId: string): string => `article:${articleId}`;

/** An origin as pages name it. */
export interface Origin {
  readonly key: string;
  readonly name: string;
  readonly kind: OriginKind;
  /** Partial ISO date, when known. */
  readonly date?: string;
  readonly url?: string;
  /** For an article's own reporting: the article's id. */
  readonly article?: string;
}

export interface OriginDeclaration {
  readonly id: string;
  /** Ids of articles it republishes, or of registered origins it rests on. */
  readonly derivedFrom: readonly string[];
}

/**
 * Maps each article id to the origin of its own text: its own reporting, or
 * the registered origin or original article its `derived_from` chain leads to.
 * Names that are neither an article nor a registered origin are ignored (the
 * model reports them).
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

/** A passage an article marks as relaying an origin. */
export interface MarkedPassage {
  readonly passage: Passage;
  /** The origin's key. */
  readonly origin: string;
}

const overlaps = (a: Passage, b: Passage) => a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;

/**
 * The origins of a cited passage: those of the marked passages it overlaps,
 * or else the article's own origin. Distinct, in the order marked.
 */
export function passageOrigins(marks: readonly MarkedPassage[], own: string, passage: Passage): string[] {
  const marked = [...new Set(marks.filter((m) => overlaps(m.passage, passage)).map((m) => m.origin))];
  return marked.length > 0 ? marked : [own];
}

/** Distinct origins of several passages, in order. */
export const distinctOrigins = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())];
