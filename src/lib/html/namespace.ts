/**
 * Lets several rendered documents share one page (the print edition): every
 * id of a document's HTML gets a prefix, and so does every reference to one
 * of its own ids (`href="#…"`, `aria-describedby`, `for`, …), so ids stay
 * unique and each fragment link still lands where it did. References to ids
 * the document does not define are left alone: they point outside it.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Element, Properties } from 'hast';

/** hast properties whose value is one id or a list of ids. */
const ID_REFERENCES = [
  'htmlFor',
  'headers',
  'itemRef',
  'form',
  'list',
  'commandFor',
  'popoverTarget',
  'ariaActiveDescendant',
  'ariaControls',
  'ariaDescribedBy',
  'ariaDetails',
  'ariaErrorMessage',
  'ariaFlowTo',
  'ariaLabelledBy',
  'ariaOwns',
] as const;

/** hast properties holding a URL, which may be a fragment of this document. */
const URL_PROPERTIES = ['href', 'xLinkHref'] as const;

export interface NamespaceOptions {
  /** Put before every id, e.g. `topic-the-call-`. */
  readonly idPrefix: string;
  /** Levels to move every heading down, so the document nests under the page's own headings (h2 → h3 for 1). */
  readonly headingShift?: number;
}

const HEADING = /^h([1-6])$/u;

/** The id a `#…` link points at; a malformed escape is taken literally, as browsers do. */
function decodedFragment(href: string): string {
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

export function namespaceHtml(html: string, options: NamespaceOptions): string {
  const { idPrefix, headingShift = 0 } = options;
  const tree = fromHtml(html, { fragment: true });
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties['id'] === 'string') ids.add(node.properties['id']);
  });
  const rename = (id: string) => (ids.has(id) ? `${idPrefix}${id}` : id);

  visit(tree, 'element', (node: Element) => {
    const properties: Properties = node.properties;
    if (typeof properties['id'] === 'string') properties['id'] = rename(properties['id']);
    for (const name of ID_REFERENCES as readonly string[]) {
      const value = properties[name];
      if (typeof value === 'string') properties[name] = rename(value);
      else if (Array.isArray(value)) properties[name] = value.map((id) => rename(String(id)));
    }
    for (const name of URL_PROPERTIES) {
      const value = properties[name];
      if (typeof value === 'string' && value.startsWith('#') && ids.has(decodedFragment(value))) properties[name] = `#${idPrefix}${value.slice(1)}`;
    }
    const level = HEADING.exec(node.tagName)?.[1];
    if (level && headingShift !== 0) node.tagName = `h${Math.min(6, Math.max(1, Number(level) + headingShift))}`;
  });
  return toHtml(tree);
}
