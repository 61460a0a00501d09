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

/** Makes the element around one piece of a range; `piece` is 0 for the first (the one to carry an id). */
export type WrapPiece<Tag> = (range: Range<Tag>, piece: number, children: ElementContent[]) => ElementContent;

const textLength = (node: ElementContent): number =>
  node.type === 'text' ? node.value.length : node.type === 'element' ? node.children.reduce((n, child) => n + textLength(child), 0) : 0;

/**
 * Returns `nodes` with each range wrapped whole in one element where the
 * markup allows, so that the element stands for the range (a fragment id, a
 * `:target`). Ranges are wrapped in order of their start, the longer first,
 * so that ranges inside others nest in them. A range that crosses an element
 * boundary, or the end of a range wrapped before it, is wrapped in pieces.
 */
export function wrapRanges<Tag>(nodes: readonly ElementContent[], ranges: readonly Range<Tag>[], wrap: WrapPiece<Tag>): ElementContent[] {
  const ordered = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  return ordered.reduce<ElementContent[]>((tree, range) => {
    let offset = 0;
    let piece = 0;
    const visit = (list: readonly ElementContent[]): ElementContent[] => {
      const out: ElementContent[] = [];
      let inside: ElementContent[] = [];
      const close = () => {
        if (inside.length > 0) out.push(wrap(range, piece++, inside));
        inside = [];
      };
      for (const node of list) {
        const start = offset;
        const end = start + textLength(node);
        offset = end;
        if (end <= range.start || start >= range.end) {
          close();
          out.push(node);
        } else if (start >= range.start && end <= range.end) {
          inside.push(node);
        } else if (node.type === 'text') {
          const cut = (from: number, to: number): ElementContent => ({ type: 'text', value: node.value.slice(from - start, to - start) });
          if (start < range.start) out.push(cut(start, range.start));
          inside.push(cut(Math.max(start, range.start), Math.min(end, range.end)));
          if (end > range.end) {
            close();
            out.push(cut(range.end, end));
          }
        } else if (node.type === 'element') {
          close();
          offset = start;
          out.push({ ...node, children: visit(node.children) });
        }
      }
      close();
      return out;
    };
    return visit(tree);
  }, [...nodes]);
}
