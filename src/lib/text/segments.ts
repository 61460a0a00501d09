/** Splitting a paragraph into runs by the highlighted ranges that cover them. */

export interface Range<Tag> {
  readonly start: number;
  readonly end: number;
  readonly tag: Tag;
}

export interface Segment<Tag> {
  readonly text: string;
  /** Tags of every range covering this run; empty for plain text. */
  readonly tags: readonly Tag[];
}

/**
 * Cuts `text` at every range boundary; each run lists the tags covering it.
 * Overlapping ranges are fine: the runs never overlap.
 */
export function segment<Tag>(text: string, ranges: readonly Range<Tag>[]): Segment<Tag>[] {
  const cuts = new Set([0, text.length]);
  for (const r of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<Tag>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (start === end) continue;
    const tags = ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.tag);
    segments.push({ text: text.slice(start, end), tags });
  }
  return segments;
}
