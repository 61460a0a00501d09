/**
 * remark plugin: gives every paragraph of a citing document an id
 * (`para-1`, `para-2`, …) so other pages can link to it, and records each
 * paragraph's text (citations excluded) on `file.data.blocks`. An id the
 * author set is never replaced.
 */
import type { Root, Paragraph } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { blockId, type DocumentBlock } from '../lib/dossier/documents.ts';
import './citation-data.ts';


export default function remarkBlockAnchors() {
  return (tree: Root, file: VFile) => {
    const blocks: DocumentBlock[] = [];
    visit(tree, 'paragraph', (node: Paragraph, _index, parent) => {
      // A tight list renders its items' paragraphs without <p>: anchor the <li>.
      const target = parent?.type === 'listItem' && parent.children[0] === node ? parent : node;
      const data = (target.data ??= {});
      const properties = (data.hProperties ??= {}) as Record<string, unknown>;
      const id = typeof properties['id'] === 'string' ? properties['id'] : blockId(blocks.length + 1);
      properties['id'] = id;
      // Citation markers are custom nodes without text, so toString skips them.
      blocks.push({ id, text: toString(node).replace(/\s+/gu, ' ').trim() });
    });
    file.data.blocks = blocks;
  };
}
