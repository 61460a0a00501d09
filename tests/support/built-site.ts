/**
 * What a structural test needs of the built dossier under test, found in the
 * built site rather than named, so that the test holds for any dossier: its
 * pages of a folder, an entity, a word to search for.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Root, RootContent } from 'hast';
import { htmlFiles, readPage } from './html.ts';

/** The pages in a folder of the built site ("topics/<slug>/", …), as paths from its root, sorted. */
export function pagesIn(dist: string, folder: string): string[] {
  if (!existsSync(path.join(dist, folder))) return [];
  return readdirSync(path.join(dist, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dist, folder, entry.name, 'index.html')))
    .map((entry) => `${folder}/${entry.name}/`)
    .sort();
}

/** The words of an element the page has, or "" if it has none. */
export function textOf(dist: string, urlPath: string, selector: string): string {
  const element = select(selector, readPage(dist, urlPath));
  return element ? toText(element).replace(/\s+/gu, ' ').trim() : '';
}

/**
 * Words the search page finds: the name of the dossier's first entity, whose
 * page search ranks first, or, in a dossier without entities, the longest
 * word of its first topic's title.
 */
export function searchTermOf(dist: string): string {
  const [entity] = pagesIn(dist, 'entities');
  if (entity) return textOf(dist, entity, 'h1');
  return longestWordOf(dist, pagesIn(dist, 'topics')[0]!, 'h1');
}

/**
 * The longest word, in letters of any script, of the page's first element
 * matching `selector` (the first of equals), leaving out what search leaves
 * out (`data-pagefind-ignore`: a paragraph's number and its hidden words).
 */
export function longestWordOf(dist: string, urlPath: string, selector: string): string {
  const element = select(selector, readPage(dist, urlPath));
  const words = (element ? searchedText(element) : '').match(/\p{L}+/gu) ?? [];
  return words.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

/** The text of a node without its `data-pagefind-ignore` parts. */
function searchedText(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.properties['dataPagefindIgnore'] !== undefined) return ' ';
  return 'children' in node ? node.children.map(searchedText).join('') : '';
}

/** A built page's search filters (`data-pagefind-filter="name[data-value]"`), in page order. */
export function searchFiltersOf(dist: string, urlPath: string): { name: string; value: string }[] {
  return selectAll('[data-pagefind-filter]', readPage(dist, urlPath)).map((element) => ({
    name: String(element.properties['dataPagefindFilter']).replace(/\[.*$/u, ''),
    value: String(element.properties['dataValue']),
  }));
}

/** Every page type of the built site: the values of its "type" search filter. */
export function pageTypesOf(dist: string): Set<string> {
  return new Set(htmlFiles(dist).flatMap((file) => searchFiltersOf(dist, file).filter((f) => f.name === 'type').map((f) => f.value)));
}
