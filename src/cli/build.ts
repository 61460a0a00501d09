/**
 * `npm run build`: builds the dossier into a staging folder and swaps it in
 * for `dist/` only when everything succeeded, so a failed build (bad content,
 * a broken citation) leaves the last good `dist/` exactly as it was.
 */
import { rm, rename, mkdir, access } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { build } from 'astro';
import { contentCacheDir } from '../lib/content/cache-dir.ts';

const root = process.cwd();
// DOSSIER_OUT_DIR: where the site goes (default dist/). Staging sits beside it
// so that the final swap is a rename on one file system.
const dist = path.resolve(root, process.env['DOSSIER_OUT_DIR'] || 'dist');
const staging = `${dist}.staging-${process.pid}`;
const previous = `${dist}.previous-${process.pid}`;
// Each content folder keeps its own caches (see src/lib/content/cache-dir.ts).
const contentFolder = process.env['DOSSIER_CONTENT'];
const cacheDir = contentFolder ? contentCacheDir(root, contentFolder) : undefined;

const exists = (p: string) => access(p).then(() => true, () => false);

await mkdir(path.dirname(dist), { recursive: true });
await rm(staging, { recursive: true, force: true });
try {
  await build({ root, outDir: staging, ...(cacheDir ? { cacheDir } : {}) });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\nBuild failed; dist/ was left as it was.\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

if (await exists(dist)) await rename(dist, previous);
await rename(staging, dist);
await rm(previous, { recursive: true, force: true });
console.log(`Built the dossier into ${path.relative(root, dist)}/`);
