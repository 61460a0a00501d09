/**
 * Independent origins. Copies are not corroboration: an article may declare
 * that it republishes another's copy, or that it rests on one statement (a
 * wire story, a Kremlin readout). Articles linked by such declarations,
 * directly or through a chain, share one origin.
 */

export interface OriginDeclaration {
  readonly id: string;
  /** Ids of articles it republishes, or names of a single statement it rests on. */
  readonly derivedFrom: readonly string[];
}

/** Maps each article id to a key shared by every article of the same origin. */
export function independentOrigins(articles: readonly OriginDeclaration[]): Map<string, string> {
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
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    // The smaller key wins, so keys do not depend on input order.
    if (ra !== rb) ra < rb ? parent.set(rb, ra) : parent.set(ra, rb);
  };
  for (const article of articles) {
    add(`article:${article.id}`);
    for (const source of article.derivedFrom) {
      // A declared source may be another article or a named statement.
      const key = articles.some((a) => a.id === source) ? `article:${source}` : `statement:${source}`;
      add(key);
      union(`article:${article.id}`, key);
    }
  }
  return new Map(articles.map((a) => [a.id, find(`article:${a.id}`)]));
}
