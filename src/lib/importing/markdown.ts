/**
 * Markdown input: its blocks become the article's blocks, with inline
 * formatting reduced to its words (source pages show text, not markup): raw
 * HTML in it counts by the words a reader of it would see, never by its tags.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Root, RootContent } from 'mdast';
import { parseInlineHtml } from '../text/inline-html.ts';
import type { ImportedBlock } from './plain-text.ts';

const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The words of a node; of raw HTML, the words it shows (sanitised, as an article's markup would be). */
function words(node: Nodes): string {
  if (node.type === 'html') return parseInlineHtml(node.value).text;
  if ('children' in node) return node.children.map((child) => words(child as Nodes)).join('');
  return toString(node);
}

function collect(node: RootContent, blocks: ImportedBlock[]): void {
  switch (node.type) {
    case 'heading':
      if (words(node).trim()) blocks.push({ kind: 'heading', text: squash(words(node)) });
      return;
    case 'paragraph':
    case 'code':
    case 'html':
    case 'tableRow':
      if (squash(words(node))) blocks.push({ kind: 'paragraph', text: squash(words(node)) });
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
