/**
 * Highlighting ranges of a block's text inside its (sanitised) markup: each
 * text node is cut at the range boundaries that fall in it, and each run is
 * wrapped as the caller decides. A range that crosses an element boundary
 * becomes one wrapper per side, so the markup stays well nested.
 */
import type { ElementContent } from 'hast';
import { segment, type Range } from './segments.ts';

/** Wraps a run of text covered by `tags` (never called for uncovered runs). */
export type Wrap<Tag> = (text: string, tags: readonly Tag[]) => ElementContent;

/**
 * Returns `nodes` with every run of text covered by a range wrapped. Offsets
 * count the characters of the text nodes in document order.
 */
export function highlightRanges<Tag>(nodes: readonly ElementContent[], ranges: readonly Range<Tag>[], wrap: Wrap<Tag>): ElementContent[] {
  let offset = 0;
  const visit = (list: readonly ElementContent[]): ElementContent[] =>
    list.flatMap((node): ElementContent[] => {
      if (node.type === 'element') return [{ ...node, children: visit(node.children) }];
      if (node.type !== 'text') return [node];
      const start = offset;
      offset += node.value.length;
      const local = ranges
        .filter((r) => r.start < offset && r.end > start)
        .map((r) => ({ ...r, start: r.start - start, end: r.end - start }));
      if (local.length === 0) return [node];
      return segment(node.value, local).map((run) => (run.tags.length === 0 ? { type: 'text', value: run.text } : wrap(run.text, run.tags)));
    });
  return visit(nodes);
}
