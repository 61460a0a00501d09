// @ts-check
import { defineConfig } from 'astro/config';
import dossier from './src/integrations/dossier.ts';

/**
 * DOSSIER_BASE: the path the site is served under, e.g. `/briefings/june/`.
 * DOSSIER_SITE: its origin, e.g. `https://example.org`, for absolute URLs.
 */
export default defineConfig({
  ...(process.env.DOSSIER_SITE ? { site: process.env.DOSSIER_SITE } : {}),
  base: process.env.DOSSIER_BASE || '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No page needs the dev toolbar's script, and previews must not prefetch.
  devToolbar: { enabled: false },
  integrations: [dossier()],
});
