/**
 * The heap Astro's build process may use. Astro holds every page's data
 * and the content store in memory while it builds; V8's default limit
 * (about 4 GB) stops a build of some tens of thousands of articles that
 * the machine has the memory for. A limit set in NODE_OPTIONS is kept.
 */
import os from 'node:os';

/** Of the machine's memory, the share the build's heap may grow to: the rest is for Pagefind, the OS and the file cache. */
const HEAP_SHARE = 0.7;

/** The `--max-old-space-size` flag for a build process, or none when NODE_OPTIONS already sets one. */
export function astroHeapFlags(nodeOptions = process.env.NODE_OPTIONS ?? ''): string[] {
  if (/--max-old-space-size/u.test(nodeOptions)) return [];
  return [`--max-old-space-size=${Math.floor((os.totalmem() / 1_048_576) * HEAP_SHARE)}`];
}
