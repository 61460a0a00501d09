/**
 * Article text may hold raw HTML, pasted from the page it came from. It is
 * untrusted: the harmless markup a reader benefits from (emphasis, links,
 * lists) is kept; everything else is dropped by hast-util-sanitize (the
 * engine of rehype-sanitize) under a narrow allow-list, never by a
 * hand-written filter. Quotes are matched against the text a reader sees,
 * not against the markup.
 */
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * What an article may keep. Unknown elements are unwrapped (their text
 * stays); the `strip` ones go with everything inside them, since their
 * content is code, styling or form furniture, not the article's words.
 */
export const ARTICLE_MARKUP_SCHEMA: Schema = {
  tagNames: ['a', 'abbr', 'b', 'cite', 'code', 'del', 'em', 'i', 'ins', 'li', 'ol', 'q', 's', 'small', 'strong', 'sub', 'sup', 'u', 'ul'],
  attributes: { a: ['href', 'title'], abbr: ['title'], ol: ['start'] },
  // Only web and mail links: no javascript:, data:, vbscript: or relative URLs into the site.
  protocols: { href: ['http', 'https', 'mailto'] },
  required: {},
  ancestors: { li: ['ol', 'ul'] },
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'select', 'button', 'head'],
  clobber: [],
  clobberPrefix: '',
};

/** The links an article may keep: absolute web and mail links. */
const ABSOLUTE_LINK = /^(?:https?:\/\/|mailto:)/iu;

/** Links out of the site never hand the article's page a reference to ours. */
export const EXTERNAL_LINK_REL = ['noopener', 'noreferrer', 'nofollow'];

/** One block of article text: the words a reader sees, and the kept markup when there is any. */
export interface InlineText {
  /** The visible text, whitespace collapsed: what quotes are matched against. */
  readonly text: string;
  /**
   * The sanitised markup whose text nodes, in order, spell `text` exactly.
   * Absent when the block is plain text.
   */
  readonly content?: readonly ElementContent[];
}

/** Something that looks like a tag, a comment or a character reference: only then is the block parsed as HTML. */
const LOOKS_LIKE_MARKUP = /<[A-Za-z!/?]|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/iu;

/** Parses one block (paragraph or heading) of article text. */
/**
 * Plain text as an article body holds it, so that parseInlineHtml gives the
 * same words back: `&`, `<` and `>` as character references (else an address
 * in angle brackets would be read as a tag and vanish, and an escaped tag in
 * a page's text would become a live one), and a leading `#` too (else the
 * block would be read as a subhead). Text stays text.
 */
export function textAsArticleMarkup(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/^#/u, '&#35;');
}

export function parseInlineHtml(raw: string): InlineText {
  // Plain text stays exactly as written, so its quotes and fingerprint never shift.
  if (!LOOKS_LIKE_MARKUP.test(raw)) return { text: raw };
  const tree = sanitize(withLineBreaksAsSpaces(fromHtml(raw, { fragment: true })), ARTICLE_MARKUP_SCHEMA) as Root;
  const content = collapseWhitespace(tree.children.filter(isElementContent));
  const text = textOf(content);
  const hasMarkup = content.some((node) => node.type === 'element');
  return hasMarkup ? { text, content } : { text };
}

function isElementContent(node: RootContent): node is ElementContent {
  return node.type === 'element' || node.type === 'text';
}

/** The text nodes' values, in document order. */
function textOf(nodes: readonly ElementContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : '')).join('');
}

/** `<br>` would vanish (it is not kept) and glue two words together; a space keeps them apart. */
function withLineBreaksAsSpaces(tree: Root): Root {
  const visit = (nodes: RootContent[]): RootContent[] =>
    nodes.map((node) => {
      if (node.type !== 'element') return node;
      if (node.tagName === 'br') return { type: 'text', value: ' ' };
      return { ...node, children: visit(node.children) as ElementContent[] };
    });
  return { ...tree, children: visit(tree.children) };
}

/**
 * Collapses whitespace as a browser shows it, across element boundaries, so
 * the text nodes spell the block's text exactly; list items are kept apart
 * by a space; links get `rel` for the outside world.
 */
function collapseWhitespace(nodes: readonly ElementContent[]): ElementContent[] {
  let endsWithSpace = true; // nothing emitted yet: leading space is dropped
  const visit = (list: readonly ElementContent[]): ElementContent[] => {
    const out: ElementContent[] = [];
    for (const node of list) {
      if (node.type === 'text') {
        let value = node.value.replace(/\s+/gu, ' ');
        if (endsWithSpace) value = value.replace(/^ /u, '');
        if (value === '') continue;
        endsWithSpace = value.endsWith(' ');
        out.push({ type: 'text', value });
      } else if (node.type === 'element') {
        if (node.tagName === 'li' && !endsWithSpace) {
          out.push({ type: 'text', value: ' ' });
          endsWithSpace = true;
        }
        const element: Element = { ...node, children: visit(node.children) };
        if (element.tagName === 'a') {
          // The sanitiser lets relative URLs through, protocol-relative ones (`//host/path`) among them: only absolute web and mail links stay.
          const { href, ...properties } = element.properties;
          element.properties = { ...properties, ...(typeof href === 'string' && ABSOLUTE_LINK.test(href) ? { href } : {}), rel: EXTERNAL_LINK_REL };
        }
        out.push(element);
      }
    }
    return out;
  };
  const result = visit(nodes);
  trimTrailingSpace(result);
  return result;
}

/** Removes the final space of the last text node, wherever it sits. */
function trimTrailingSpace(nodes: ElementContent[]): boolean {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (node.type === 'text') {
      node.value = node.value.replace(/ $/u, '');
      if (node.value === '') nodes.splice(i, 1);
      return true;
    }
    if (node.type === 'element' && trimTrailingSpace(node.children)) return true;
  }
  return false;
}

/** True when the markup has block-level content (a list), which a `<p>` cannot hold. */
export function hasBlockContent(nodes: readonly ElementContent[]): boolean {
  return nodes.some((node) => node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol' || hasBlockContent(node.children)));
}
