/**
 * remark plugin: a paragraph that is only `{slot:<name>}` marks where the
 * page puts a part the model computes (e.g. `{slot:pending}`, the indicators
 * to watch, on the home page), so that the author orders the briefing and
 * the page still renders the part from its one source. The paragraph
 * becomes an empty `<div data-slot="<name>">`, which the page splits on
 * (`splitAtSlots`); a page that fills no slot leaves it empty.
 */
import type { Root, Paragraph } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

const SLOT = /^\{slot:([a-z]+(?:-[a-z]+)*)\}$/u;


export default function remarkSlots() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
      const only = paragraph.children.length === 1 ? paragraph.children[0] : undefined;
      const match = only?.type === 'text' ? SLOT.exec(only.value.trim()) : null;
      if (!match || !parent || index === undefined) return;
      parent.children.splice(index, 1, { type: 'slot', data: { hName: 'div', hProperties: { dataSlot: match[1] } } } as never);
      return SKIP;
    });
  };
}
