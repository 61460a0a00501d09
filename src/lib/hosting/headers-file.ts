/**
 * The `_headers` file the build writes at the top of the site, for hosts that
 * read one (Netlify, Cloudflare Pages; GitHub Pages serves it as a plain file
 * and ignores it). Its rules match request paths, so under a base path every
 * rule carries the base.
 */
import { createUrls } from '../urls.ts';
import { SEARCH_INDEX_FOLDER } from '../search/index-parts.ts';

/** Files whose names carry a hash of their content never change: a browser may keep them a year without asking again. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * What carries a content hash in its name: Vite's bundles and styles, and
 * Pagefind's metadata, index chunks, fragments and filters. Pagefind's entry
 * file, scripts and WebAssembly keep their names from build to build, so they
 * are left to the host's default revalidation. A host matches `*` against any
 * characters and allows one per rule (Cloudflare), hence a rule per folder.
 */
const hashedFiles = (searchParts: readonly string[]) => [
  '_astro/*',
  // `*` also matches the further parts' metadata, in their folders under the index's.
  `${SEARCH_INDEX_FOLDER}/*.pf_meta`,
  ...searchParts.flatMap((part) => ['index/*', 'fragment/*', 'filter/*'].map((files) => `${SEARCH_INDEX_FOLDER}/${part}${files}`)),
];

/**
 * The `_headers` file for a site served under `base`, whose search index has
 * the parts `searchParts` (folders under pagefind/, the first `''`:
 * src/integrations/search-index.ts).
 */
export function headersFile(base: string, searchParts: readonly string[]): string {
  const urls = createUrls(base);
  const rule = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Written by the build (src/lib/hosting/headers-file.ts) for hosts that read a _headers file.',
    // First, so that a host that reads only so many rules (Cloudflare: 100) never drops it for a cache rule.
    // The pages' <meta> Content-Security-Policy cannot say who may frame them; a header can.
    rule(urls.asset('*'), { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "frame-ancestors 'none'" }),
    ...hashedFiles(searchParts).map((files) => rule(urls.asset(files), { 'Cache-Control': IMMUTABLE })),
    '',
  ].join('\n');
}
