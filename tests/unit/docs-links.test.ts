/** The README and docs/: every relative link names a file that exists, and every #fragment a heading of it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import { visit } from 'unist-util-visit';
import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCUMENTS = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** Links of a Markdown file, and the ids its headings get (as GitHub gives them, through rehype-slug's slugger). */
const documents = new Map<string, { links: string[]; ids: Set<string> }>();

function readDocument(file: string): { links: string[]; ids: Set<string> } {
  const known = documents.get(file);
  if (known) return known;
  const mdast = unified().use(remarkParse).parse(readFileSync(path.join(ROOT, file), 'utf8')) as MdastRoot;
  const links: string[] = [];
  visit(mdast, 'link', (node) => void links.push(node.url));
  const hast = unified().use(remarkRehype).use(rehypeSlug).runSync(mdast) as HastRoot;
  const ids = new Set<string>();
  visit(hast, 'element', (node) => {
    if (/^h[1-6]$/u.test(node.tagName) && typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  documents.set(file, { links, ids });
  return { links, ids };
}

describe('documentation links', () => {
  it.each(DOCUMENTS)('%s links only to files and headings that exist', (file) => {
    const broken = readDocument(file).links.flatMap((link) => {
      if (/^[a-z]+:/iu.test(link)) return [];
      const [target = '', fragment] = link.split('#');
      const targetFile = target === '' ? file : path.posix.join(path.posix.dirname(file), target);
      if (!existsSync(path.join(ROOT, targetFile))) return [`${link}: no file ${targetFile}`];
      if (fragment && targetFile.endsWith('.md') && !readDocument(targetFile).ids.has(fragment)) return [`${link}: no heading #${fragment} in ${targetFile}`];
      return [];
    });
    expect(broken).toEqual([]);
  });
});
