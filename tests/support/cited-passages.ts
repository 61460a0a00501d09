/**
 * What a citing page's markers cite, read from the built site alone: each
 * marker's source number and paragraph (from its name, "Source 2, paragraph
 * 7", and its link), and on the source page the words it lands on and the
 * paragraph's text.
 */
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { readPage } from './html.ts';

export interface MarkedPassage {
  readonly sourceNumber: number;
  readonly paragraph: number;
  /** The words the marker lands on: the quote's, or the whole paragraph's. */
  readonly words: string;
  /** The cited paragraph's text on its source page. */
  readonly paragraphText: string;
  /** What the marker shows: "2 ¶7", or "¶7" after its source's first marker in a bracket. */
  readonly shown: string;
}

const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Text without the parts matching `selector`. */
export function textWithout(node: Element | Root, selector: string): string {
  const copy = structuredClone(node);
  const drop = new Set(selectAll(selector, copy));
  const prune = (parent: Element | Root) => {
    parent.children = parent.children.filter((child) => !drop.has(child as Element)) as typeof parent.children;
    for (const child of parent.children) if (child.type === 'element') prune(child);
  };
  prune(copy);
  return collapse(toText(copy));
}

/** Every marker of `scope` (a built page, or part of one) in reading order, with what it cites; source pages are read from `dist`. */
export function markedPassages(dist: string, scope: Element | Root): MarkedPassage[] {
  const sourcePages = new Map<string, Root>();
  return selectAll('a.citation-marker', scope).map((marker) => {
    const href = String(marker.properties['href']);
    const [pathname, fragment] = href.split('#') as [string, string];
    const sourcePage = sourcePages.get(pathname) ?? readPage(dist, pathname.replace(/^\//u, ''));
    sourcePages.set(pathname, sourcePage);
    // "Source 2, ¶paragraph 7" (in any language): the source's label, then the paragraph.
    const name = /^\D*(\d+),\D*(\d+)$/u.exec(collapse(toText(marker)));
    if (!name) throw new Error(`A marker's name does not say its source and paragraph: ${toText(marker)}`);
    const paragraph = Number(name[2]);
    const text = select(`[id="p-${paragraph}"] .passage-text`, sourcePage);
    const landing = select(`[id="${fragment}"]`, sourcePage);
    if (!text || !landing) throw new Error(`${href} does not land on a paragraph of its source page`);
    const paragraphText = textWithout(text, '.para-num');
    return {
      sourceNumber: Number(name[1]),
      paragraph,
      words: fragment.startsWith('p-') ? paragraphText : collapse(toText(landing)),
      paragraphText,
      shown: textWithout(marker, '.visually-hidden'),
    };
  });
}
