/** Reading built pages as HTML trees. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';

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
