/**
 * Where Astro keeps its caches (content layer, incremental build) for a
 * content folder other than the default (the dossier integration chooses it): each has its own, so
 * building another dossier never reuses or disturbs this one's. Deleting it
 * makes the next build of that folder a clean one.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export function contentCacheDir(root: string, contentFolder: string): string {
  return path.join(root, 'node_modules', '.astro-dossiers', path.resolve(root, contentFolder).replace(/[^A-Za-z0-9]+/gu, '_'));
}

/** The caches of every content folder inside `folder` (e.g. a test's scratch folder), to remove with it. */
export function contentCacheDirsUnder(root: string, folder: string): string[] {
  const parent = path.dirname(contentCacheDir(root, folder));
  const prefix = `${path.basename(contentCacheDir(root, folder))}_`;
  return existsSync(parent) ? readdirSync(parent).filter((name) => name.startsWith(prefix)).map((name) => path.join(parent, name)) : [];
}
