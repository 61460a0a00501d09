/**
 * Markdown input: its blocks become the article's blocks, with inline
 * formatting reduced to its words (source pages show text, not markup).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import type { ImportedBlock } from './plain-text.ts';

const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

function collect(node: RootContent, blocks: ImportedBlock[]): void {
  switch (node.type) {
    case 'heading':
      if (toString(node).trim()) blocks.push({ kind: 'heading', text: squash(toString(node)) });
      return;
    case 'paragraph':
    case 'code':
    case 'html':
    case 'tableRow':
      if (squash(toString(node))) blocks.push({ kind: 'paragraph', text: squash(toString(node)) });
      return;
    case 'list':
    case 'listItem':
    case 'blockquote':
    case 'table':
      for (const child of node.children) collect(child as RootContent, blocks);
      return;
    default:
      return;
  }
}

export function blocksFromMarkdown(markdown: string): ImportedBlock[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const blocks: ImportedBlock[] = [];
  for (const node of tree.children) collect(node, blocks);
  return blocks;
}
