/**
 * The Astro step of `npm run build`: builds the site, search index
 * included, into the folder given as its argument. build.ts runs it as a
 * process of its own, which it can name in its build lock and stop with
 * its process group.
 */
import process from 'node:process';

// build.ts was killed (its IPC channel closed): stop too, rather than write on unwatched.
process.on('disconnect', () => process.exit(1));
process.channel?.unref();

const [outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node src/cli/astro-build.ts <output folder> (npm run build runs it)');
  process.exit(2);
}
const root = process.cwd();
const { build } = await import('astro');
try {
  // The dossier integration picks the content folder and its cache folder.
  await build({ root, outDir });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
