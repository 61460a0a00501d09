/** Reading built pages as HTML trees. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';

export function readPage(dist: string, urlPath: string): Root {
  return fromHtml(readFileSync(path.join(dist, urlPath, urlPath.endsWith('.html') ? '' : 'index.html'), 'utf8'));
}

/** Every file under `dir`, as paths relative to it. */
export function allFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const relative = path.join(prefix, name);
    return statSync(path.join(dir, relative)).isDirectory() ? allFiles(dir, relative) : [relative];
  });
}

/** Every .html file under `dir`, as paths relative to it. */
export function htmlFiles(dir: string): string[] {
  return allFiles(dir).filter((file) => file.endsWith('.html'));
}

/** A built page's path from the site's root, as its address has it: `sources/x/index.html` → `sources/x/`, `index.html` → ``. */
export const pagePathOf = (file: string): string => file.replace(/(^|\/)index\.html$/u, '$1');

/** Every page the build made, as a path from the site's root (pagePathOf), sorted. */
export function pagePaths(dist: string): string[] {
  return htmlFiles(dist).map(pagePathOf).sort();
}

/**
 * The claims ledger's parts, one a topic, as the contents page (/claims/)
 * links them, in its order: each part's path under the site (`claims/<topic>/`)
 * and its page.
 */
export function ledgerParts(dist: string): { path: string; page: Root }[] {
  return selectAll('.ledger-contents tbody th[scope="row"] a', readPage(dist, 'claims/')).map((a) => {
    const href = String(a.properties['href']);
    const part = href.slice(href.indexOf('claims/'));
    return { path: part, page: readPage(dist, part) };
  });
}
