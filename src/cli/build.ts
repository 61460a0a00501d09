/**
 * `npm run build`: builds the dossier into a staging folder and swaps it in
 * for `dist/` only when everything succeeded, so a failed build (bad content,
 * a broken citation) leaves the last good `dist/` exactly as it was.
 */
import { rm, rename, mkdir, access } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { build } from 'astro';

const root = process.cwd();
const dist = path.join(root, 'dist');
const workDir = path.join(root, '.build');
const staging = path.join(workDir, `dist-${process.pid}`);
const previous = path.join(workDir, `previous-${process.pid}`);

const exists = (p: string) => access(p).then(() => true, () => false);

await mkdir(workDir, { recursive: true });
await rm(staging, { recursive: true, force: true });
try {
  await build({ root, outDir: staging });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\nBuild failed; dist/ was left as it was.\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

if (await exists(dist)) await rename(dist, previous);
await rename(staging, dist);
await rm(previous, { recursive: true, force: true });
console.log(`Built the dossier into ${path.relative(root, dist)}/`);
