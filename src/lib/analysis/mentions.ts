/**
 * Finding mentions of people, organisations and places by their aliases, on
 * word boundaries, case-sensitively ("Iran" in "Iran's", never in "Iranian"
 * unless that is an alias). Where aliases overlap ("Vladimir Putin" and
 * "Putin"), the longest match counts once.
 */

export interface EntityAliases {
  readonly slug: string;
  readonly aliases: readonly string[];
}

export interface Mention {
  readonly slug: string;
  readonly start: number;
  readonly end: number;
  readonly alias: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A matcher for a set of entities, built once and run on many texts. */
export function createMentionFinder(entities: readonly EntityAliases[]): (text: string) => Mention[] {
  const bySurface = new Map<string, string>();
  for (const entity of entities) for (const alias of entity.aliases) bySurface.set(alias, entity.slug);
  const surfaces = [...bySurface.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (surfaces.length === 0) return () => [];
  // One alternation, longest first: at each position the longest alias wins.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${surfaces.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) =>
    [...text.matchAll(pattern)].map((m) => ({ slug: bySurface.get(m[0])!, alias: m[0], start: m.index, end: m.index + m[0].length }));
}
