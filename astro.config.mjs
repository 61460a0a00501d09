// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import dossier from './src/integrations/dossier.ts';

export default defineConfig({
  trailingSlash: 'always',
  // Page generation waits mostly on the file system (each page: a folder, a
  // file, its incremental-build copy); rendering a few at once overlaps the waits.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // No page needs the dev toolbar's script, and previews must not prefetch.
  devToolbar: { enabled: false },
  // No page shows code: no highlighter to load (Shiki's inline styles would
  // also clash with the Content-Security-Policy).
  markdown: { syntaxHighlight: false },
  // The dossier: its content folder, and the base path and origin the site is
  // hosted at (see docs/engineering.md, Configuration; DOSSIER_* variables override).
  integrations: [dossier({ content: 'content' }), sitemap()],
  // Every page carries a Content-Security-Policy (a <meta> tag): scripts only
  // from the site itself or by the hash of Astro's own inline scripts, never
  // 'unsafe-inline'; nothing loads from another host. Pagefind compiles its
  // WebAssembly, which CSP allows only with 'wasm-unsafe-eval' (it permits
  // no JavaScript eval).
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-src 'none'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Rebuilds skip topic and source pages whose cacheKey (a hash of all the
  // data they show) and code are unchanged; see getStaticPaths in src/pages.
  experimental: { incrementalBuild: true },
});
